import { DomainEvent } from '../event-store/event-envelope';
import { BusinessDate, CountryCode } from '../country/domain/country.events';

export const REGIONAL_ACTIVITY_KINDS = ['workshop', 'conference', 'training', 'forum', 'meeting', 'webinar'] as const;
export type RegionalActivityKind = (typeof REGIONAL_ACTIVITY_KINDS)[number];

export type RegionalActivityHeld = DomainEvent<
  'RegionalActivityHeld',
  {
    activityId: string;
    countries: CountryCode[];
    date: BusinessDate;
    kind: RegionalActivityKind;
    title: string;
    host?: CountryCode;
    participants?: number;
    note?: string;
  }
>;

export type RegionalActivityEvent = RegionalActivityHeld;

export const regionalActivityStream = (activityId: string) => `regional-activity-${activityId}`;
