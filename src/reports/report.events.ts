import type { DomainEvent } from '../event-store/event-envelope';
import type { QuarterId } from '../country/domain/country.events';

/**
 * The report of `quarter`, as known at `asOf`, was published; `contentHash` (sha256, hex) fingerprints its bytes.
 * `throughPosition` is the last global log position it was built from, so an event appended later with an
 * earlier recordedAt cannot change what regenerating the publication gives.
 */
export type QuarterlyReportPublished = DomainEvent<
  'QuarterlyReportPublished',
  { quarter: QuarterId; asOf: string; format: string; contentHash: string; throughPosition: number }
>;

export type ReportEvent = QuarterlyReportPublished;

export const reportStream = (quarter: QuarterId) => `report-${quarter}`;
