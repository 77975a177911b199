import type { QuarterId } from '../src/country/domain/country.events';
import type { RecordedTrackerEvent } from '../src/tracker-events';
import type { Projection } from './projection';
import { quartersTouchedBy } from './quarterly-activities.projection';

/** The log positions, within one stretch of the log, of the events that add, change or remove activities of one quarter. */
export type QuarterLogPositions = { positions: number[] };

export const QUARTER_LOG_INDEX = 'quarter-log-index';

/**
 * Log positions per document: a command rewrites at most this many, however busy the day (on SQLite, where positions
 * count events; on EventStoreDB they count bytes, so a document holds a few events).
 */
export const POSITIONS_PER_STRETCH = 256;

/** Keyed `<YYYY-Qn>/<stretch of the log>`: a quarter is one range read. Its quarter follows the business date, as in the quarterly activities. */
export const quarterLogIndexKey = (quarter: QuarterId, position: number) => `${quarter}/${Math.floor(position / POSITIONS_PER_STRETCH)}`;
export const quarterLogIndexPrefix = (quarter: QuarterId) => `${quarter}/`;

/**
 * Which events a report of a quarter as it stood at an earlier time must fold: it then reads those from the log
 * instead of reading the whole log.
 */
export const quarterLogIndexProjection: Projection<QuarterLogPositions, RecordedTrackerEvent> = {
  name: QUARTER_LOG_INDEX,
  version: 1,
  documentsOf: (event) => quartersTouchedBy(event).map((quarter) => quarterLogIndexKey(quarter, event.position)),
  initialState: () => ({ positions: [] }),
  evolve: (state, event) => ({ positions: [...(state?.positions ?? []), event.position] }),
};
