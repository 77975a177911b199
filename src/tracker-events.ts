import { Recorded } from './event-store/event-envelope';
import { CountryEvent } from './country/domain/country.events';
import { RegionalActivityEvent } from './regional-activity/regional-activity.events';

/** Every event this application writes; projections fold over these. */
export type TrackerEvent = CountryEvent | RegionalActivityEvent;
export type RecordedTrackerEvent = Recorded<TrackerEvent>;

export const SCHEMA_VERSION = 1;
