import type { PlanEntry } from '../../projections/activity-ledger';
import type { CountryStage, StatusCounts } from '../../projections/country-status.projection';
import type { TimelineCorrection, TimelineEntry, TimelineRetraction } from '../../projections/country-timeline.projection';
import { SummarisedEvent, summariseMilestone } from '../../projections/milestone-summary';
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

export type TimelineEntryView = Pick<TimelineEntry, 'eventId' | 'type' | 'date' | 'data' | 'recordedBy' | 'recordedAt'> & {
  summary: string;
  corrected?: TimelineCorrection[];
  retracted?: TimelineRetraction;
};

/** Where the entries just before this page are: pass `before` as the cursor, or follow `href`. */
export type TimelinePageLink = { before: string; href: string };

/** A timeline page as sent (its JSON bytes and their ETag): serialised once, served until the country's timeline changes. */
export type SerializedTimelinePage = { body: Buffer; etag: string; next: TimelinePageLink | null };

/** A status and its JSON bytes: serialised once, served until the country's status changes. */
export type SerializedStatus = { view: CountryStatusView; body: Buffer };

/** The API is served under the global prefix `/api` (see createApp). */
export const timelinePageHref = (code: string, limit: number, before: string) =>
  `/api/countries/${code}/timeline?${new URLSearchParams({ limit: String(limit), before })}`;

/**
 * One page of the timeline: the latest `limit` entries before the `before` cursor (of all, without one),
 * in business-date order. `total` counts every entry of the country; `next` is null on the first page.
 */
export type CountryTimelineView = CountryIdentity & {
  total: number;
  limit: number;
  before: string | null;
  next: TimelinePageLink | null;
  entries: TimelineEntryView[];
};

/** An entry as the API shows it: its one-line summary is made from its data as it stands after every correction. */
export function entryView({ eventId, type, date, data, recordedBy, recordedAt, corrected, retracted }: TimelineEntry): TimelineEntryView {
  return {
    eventId,
    type,
    date,
    summary: summariseMilestone({ type, data } as SummarisedEvent),
    data,
    recordedBy,
    recordedAt,
    ...(corrected && { corrected }),
    ...(retracted && { retracted }),
  };
}
