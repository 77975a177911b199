import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import { countryStatusProjection } from '../../projections/country-status.projection';
import { countryTimelineProjection } from '../../projections/country-timeline.projection';
import { QUARTERLY_ACTIVITIES } from '../../projections/quarterly-activities.projection';
import type { QuarterlyReport } from '../reports/report.model';
import { ProjectionRunner } from '../read-models/projection-runner.service';
import { CountryStatusView, CountrySummaryView, SerializedTimelinePage } from './country-query.views';
import { TimelineIndex } from './timeline-index';
import { WeightedLruCache } from './weighted-lru-cache';

export type ReadModelCacheBudgets = {
  /** Status views, a few KB each. */
  statuses: number;
  /** Timeline order indexes, in bytes (about 24 an entry). */
  timelineIndexBytes: number;
  /** Timeline pages as served (JSON), in bytes. */
  timelinePageBytes: number;
  /** Quarterly reports as the log stands, weighed by their activities (about 1 KB each). */
  quarterReportActivities: number;
};

export const READ_MODEL_CACHE_BUDGETS = Symbol('READ_MODEL_CACHE_BUDGETS');

/** About 110 MB at most: every country's status, two million timeline entries in order, the latest page of each. */
export const DEFAULT_READ_MODEL_CACHE_BUDGETS: ReadModelCacheBudgets = {
  statuses: 1_000,
  timelineIndexBytes: 48 * 1024 * 1024,
  timelinePageBytes: 32 * 1024 * 1024,
  quarterReportActivities: 25_000,
};

/** Projection name → keys of the documents a committed flush wrote or removed. */
type DocumentChanges = ReadonlyMap<string, ReadonlySet<string>>;

const ALL_COUNTRIES = '*';

/** Documents are grouped by their key up to the first `/`: a country's timeline, a quarter's activities. */
const groupOf = (documentKey: string) => documentKey.split('/', 1)[0];

/**
 * In-memory copies of what the hot queries derive from the read models, so that they do not parse the same
 * documents again. The projection runner reports the documents every committed flush changed before it
 * releases the writers waiting for that position, so a read after a write never sees a stale copy.
 */
@Injectable()
export class ReadModelCaches implements OnModuleDestroy {
  readonly statuses: WeightedLruCache<CountryStatusView>;
  readonly countryList = new WeightedLruCache<CountrySummaryView[]>(1);
  /** Keyed by country code. */
  readonly timelineIndexes: WeightedLruCache<TimelineIndex>;
  /** Keyed by country code: the pages of its timeline served so far, by limit and cursor. */
  readonly timelinePages: WeightedLruCache<Map<string, SerializedTimelinePage>>;
  /** Keyed by quarter: built from the quarter's activity documents, so none of them is parsed again. */
  readonly quarterReports: WeightedLruCache<QuarterlyReport>;
  private readonly stopListening: () => void;

  constructor(
    runner: ProjectionRunner,
    @Optional() @Inject(READ_MODEL_CACHE_BUDGETS) budgets: ReadModelCacheBudgets = DEFAULT_READ_MODEL_CACHE_BUDGETS,
  ) {
    this.statuses = new WeightedLruCache(budgets.statuses);
    this.timelineIndexes = new WeightedLruCache(budgets.timelineIndexBytes);
    this.timelinePages = new WeightedLruCache(budgets.timelinePageBytes);
    this.quarterReports = new WeightedLruCache(budgets.quarterReportActivities);
    this.stopListening = runner.onDocumentsChanged((changes, rebuilt) => (rebuilt ? this.forgetEverything() : this.forget(changes)));
  }

  /** Every country's summary, derived once from all the status documents. */
  allCountries(load: () => CountrySummaryView[]): CountrySummaryView[] {
    return this.countryList.remember(ALL_COUNTRIES, load, () => 1);
  }

  /** A catch-up flush can name a million documents: the caches left empty are not looked through. */
  forget(changes: DocumentChanges): void {
    const statuses = changes.get(countryStatusProjection.name);
    if (statuses?.size) this.countryList.clear();
    statuses?.forEach((key) => this.statuses.delete(key));
    if (this.timelineIndexes.size + this.timelinePages.size > 0) {
      changes.get(countryTimelineProjection.name)?.forEach((key) => {
        this.timelineIndexes.delete(groupOf(key));
        this.timelinePages.delete(groupOf(key));
      });
    }
    if (this.quarterReports.size > 0) changes.get(QUARTERLY_ACTIVITIES)?.forEach((key) => this.quarterReports.delete(groupOf(key)));
  }

  forgetEverything(): void {
    [this.countryList, this.statuses, this.timelineIndexes, this.timelinePages, this.quarterReports].forEach((cache) => cache.clear());
  }

  onModuleDestroy(): void {
    this.stopListening();
  }
}
