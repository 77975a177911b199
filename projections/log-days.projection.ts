import type { RecordedTrackerEvent } from '../src/tracker-events';
import type { Projection } from './projection';

/** The first and last log positions of the events recorded on one day (UTC). */
export type LoggedDay = { day: string; first: number; last: number };

export const LOG_DAYS = 'log-days';

/**
 * Where each day's events lie in the log, so that a search by the time events were recorded (the audit trail's
 * `from` and `to`) reads only the stretch of the log that can hold them.
 */
export const logDaysProjection: Projection<LoggedDay, RecordedTrackerEvent> = {
  name: LOG_DAYS,
  version: 1,
  documentsOf: (event) => [event.metadata.recordedAt.slice(0, 10)],
  initialState: () => null,
  evolve: (logged, event) => ({
    day: event.metadata.recordedAt.slice(0, 10),
    first: Math.min(logged?.first ?? event.position, event.position),
    last: Math.max(logged?.last ?? event.position, event.position),
  }),
};
