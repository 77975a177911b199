import type { QuarterId } from '../src/country/domain/country.events';
import type { RecordedTrackerEvent } from '../src/tracker-events';
import type { Projection } from './projection';
import { quartersTouchedBy } from './quarterly-activities.projection';

/** The log positions of the events, recorded on one day, that add, change or remove activities of one quarter. */
export type QuarterLogPositions = { positions: number[] };

export const QUARTER_LOG_INDEX = 'quarter-log-index';

/**
 * Keyed `<YYYY-Qn>/<day recorded>`: a quarter is one range read, and a command rewrites only its own day's list.
 * The quarter of an activity follows its business date, as in the quarterly activities.
 */
export const quarterLogIndexKey = (quarter: QuarterId, recordedDay: string) => `${quarter}/${recordedDay}`;
export const quarterLogIndexPrefix = (quarter: QuarterId) => `${quarter}/`;

/**
 * Which events a report of a quarter as it stood at an earlier time must fold: it then reads those from the log
 * instead of reading the whole log.
 */
export const quarterLogIndexProjection: Projection<QuarterLogPositions, RecordedTrackerEvent> = {
  name: QUARTER_LOG_INDEX,
  version: 1,
  documentsOf: (event) => quartersTouchedBy(event).map((quarter) => quarterLogIndexKey(quarter, event.metadata.recordedAt.slice(0, 10))),
  initialState: () => ({ positions: [] }),
  evolve: (state, event) => ({ positions: [...(state?.positions ?? []), event.position] }),
};
