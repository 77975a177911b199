import { Recorded } from './event-store/event-envelope';
import { CountryEvent } from './country/domain/country.events';
import { RegionalActivityEvent } from './regional-activity/regional-activity.events';
import { ReportEvent } from './reports/report.events';

/** Every event this application writes; projections fold over these. */
export type TrackerEvent = CountryEvent | RegionalActivityEvent | ReportEvent;
export type RecordedTrackerEvent = Recorded<TrackerEvent>;

export const SCHEMA_VERSION = 1;
