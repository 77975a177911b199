import type { PlanEntry } from '../../projections/activity-ledger';
import type { CountryStage, StatusCounts } from '../../projections/country-status.projection';
import type { TimelineCorrection, TimelineEntry, TimelineRetraction } from '../../projections/country-timeline.projection';
import type { ItuRegion } from '../countries/itu-region';

export type CountryIdentity = {
  code: string;
  alpha2: string;
  name: string;
  region: ItuRegion | null;
  regionName: string | null;
};

export type CountrySummaryView = CountryIdentity & { stage: CountryStage; lastActivityDate: string | null };

export type CountryStatusView = CountryIdentity & {
  stage: CountryStage;
  /** The country stream's revision (-1 before its first event); also the ETag, to send back as If-Match. */
  revision: number;
  counts: StatusCounts;
  openPlans: PlanEntry[];
  lastActivityDate: string | null;
  lastRecordedAt: string | null;
};

export type TimelineEntryView = Pick<
  TimelineEntry,
  'eventId' | 'type' | 'date' | 'summary' | 'data' | 'recordedBy' | 'recordedAt'
> & { corrected?: TimelineCorrection[]; retracted?: TimelineRetraction };

export type CountryTimelineView = CountryIdentity & { entries: TimelineEntryView[] };
