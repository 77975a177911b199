import type { DomainEvent } from '../event-store/event-envelope';
import type { QuarterId } from '../country/domain/country.events';

/** An event named by its stream and revision, which stay the same when the log is copied to another store. */
export type LogPlace = { streamName: string; revision: number };

/**
 * The report of `quarter`, as known at `asOf`, was published; `contentHash` (sha256, hex) fingerprints its bytes.
 * It was built from the log up to its last event then, so an event appended later with an earlier recordedAt
 * cannot change what regenerating the publication gives. `throughPosition` is that event's position in the store
 * it was published on; `through` names the same event in a way a migration to another store keeps (positions
 * differ between stores). Publications recorded before `through` existed have only the position.
 */
export type QuarterlyReportPublished = DomainEvent<
  'QuarterlyReportPublished',
  { quarter: QuarterId; asOf: string; format: string; contentHash: string; throughPosition: number; through?: LogPlace }
>;

export type ReportEvent = QuarterlyReportPublished;

export const reportStream = (quarter: QuarterId) => `report-${quarter}`;
