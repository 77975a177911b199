import { setImmediate as nextTurn } from 'node:timers/promises';
import type { QuarterId } from '../country/domain/country.events';
import type { Recorded } from '../event-store/event-envelope';
import type { EventStore } from '../event-store/event-store.port';
import type { RecordedTrackerEvent } from '../tracker-events';
import { foldDocuments } from '../../projections/projection';
import { QuarterlyActivity, quarterlyActivitiesProjection, quartersTouchedBy } from '../../projections/quarterly-activities.projection';

const BATCH_SIZE = 1000;

/** What was known at a time: events recorded up to `recordedAt` and, optionally, no later in the log than `throughPosition`. */
export type LogCutoff = { recordedAt?: string; throughPosition?: number };

type LogReader = Pick<EventStore, 'readAll'>;

/** Hands the events that touch a quarter to `visit` in log order, a batch at a time, up to `throughPosition` when given. */
export type QuarterEventReader = (quarter: QuarterId, visit: (batch: RecordedTrackerEvent[]) => void, throughPosition?: number) => Promise<void>;

export const isWithin = (event: Recorded, { recordedAt, throughPosition }: LogCutoff) =>
  (recordedAt === undefined || event.metadata.recordedAt <= recordedAt) &&
  (throughPosition === undefined || event.position <= throughPosition);

/** Whether the event adds, changes or removes an activity of the quarter. */
export const touchesQuarter = (event: RecordedTrackerEvent, quarter: QuarterId) => quartersTouchedBy(event).includes(quarter);

/**
 * Reads the global log in order after `fromPosition`, one batch at a time, up to `throughPosition` when given. Other
 * requests are served between batches: at a million events the whole read takes seconds.
 */
export async function forEachLogBatch(
  store: LogReader,
  visit: (batch: RecordedTrackerEvent[]) => void,
  throughPosition = Number.MAX_SAFE_INTEGER,
  fromPosition = 0,
): Promise<void> {
  let position = fromPosition;
  while (position < throughPosition) {
    const batch = await store.readAll({ fromPosition: position, maxCount: BATCH_SIZE });
    if (batch.length === 0) return;
    visit(batch.filter((event) => event.position <= throughPosition) as RecordedTrackerEvent[]);
    position = batch[batch.length - 1].position;
    await nextTurn();
  }
}

/**
 * Reads the log after `fromPosition` (by default all of it) and keeps the events that touch the quarter: what a store
 * without a quarter index can do, and what one does past the index's checkpoint.
 */
export function scanningTheLog(store: LogReader, fromPosition = 0): QuarterEventReader {
  return (quarter, visit, throughPosition) =>
    forEachLogBatch(store, (batch) => visit(batch.filter((event) => touchesQuarter(event, quarter))), throughPosition, fromPosition);
}

/** The quarter's activities folded in memory from the events that touch it, as they stood at the cutoff. */
export async function quarterActivitiesFromLog(
  events: QuarterEventReader,
  quarter: QuarterId,
  cutoff: LogCutoff = {},
): Promise<QuarterlyActivity[]> {
  const documents = new Map<string, QuarterlyActivity>();
  await events(
    quarter,
    (batch) => foldDocuments(quarterlyActivitiesProjection, batch.filter((event) => isWithin(event, cutoff)), documents),
    cutoff.throughPosition,
  );
  return [...documents.entries()].filter(([key]) => key.startsWith(`${quarter}/`)).map(([, activity]) => activity);
}
