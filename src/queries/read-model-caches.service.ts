import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import { countryStatusProjection } from '../../projections/country-status.projection';
import { countryTimelineProjection } from '../../projections/country-timeline.projection';
import { QUARTERLY_ACTIVITIES } from '../../projections/quarterly-activities.projection';
import type { RenderedReport } from '../reports/report-formats';
import type { QuarterlyReport } from '../reports/report.model';
import { ProjectionRunner } from '../read-models/projection-runner.service';
import { CountrySummaryView, SerializedStatus, SerializedTimelinePage } from './country-query.views';
import { TimelineIndex } from './timeline-index';
import { WeightedLruCache } from './weighted-lru-cache';

export type ReadModelCacheBudgets = {
  /** Status views, a few KB each. */
  statuses: number;
  /**
   * Timeline order indexes, in bytes (about 24 an entry). Served pages are kept apart from their index, so this
   * only has to hold the countries being paged through: a new page of a country whose order was evicted reads it again.
   */
  timelineIndexBytes: number;
  /** Timeline pages as served (JSON), in bytes. */
  timelinePageBytes: number;
  /** Quarterly reports as the log stands, weighed by their activities (about 1 KB each). */
  quarterReportActivities: number;
  /** Those reports rendered, in bytes. */
  renderedReportBytes: number;
  /** Reports as the log stood at a time (published ones, `asOf`), rendered, in bytes. */
  pastReportBytes: number;
};

export const READ_MODEL_CACHE_BUDGETS = Symbol('READ_MODEL_CACHE_BUDGETS');

/**
 * About 140 MB at most: every country's status, the timeline order of half a million entries, the latest page
 * of each country, and a few large quarters' reports with their renderings. With a million events about 60 MB are used.
 */
export const DEFAULT_READ_MODEL_CACHE_BUDGETS: ReadModelCacheBudgets = {
  statuses: 1_000,
  timelineIndexBytes: 16 * 1024 * 1024,
  timelinePageBytes: 32 * 1024 * 1024,
  quarterReportActivities: 25_000,
  renderedReportBytes: 32 * 1024 * 1024,
  pastReportBytes: 24 * 1024 * 1024,
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
  /** Keyed by country code. */
  readonly statuses: WeightedLruCache<SerializedStatus>;
  readonly countryList = new WeightedLruCache<CountrySummaryView[]>(1);
  /** Keyed by country code. */
  readonly timelineIndexes: WeightedLruCache<TimelineIndex>;
  /** Keyed by country code: the pages of its timeline served so far, by limit and cursor. */
  readonly timelinePages: WeightedLruCache<Map<string, SerializedTimelinePage>>;
  /** Keyed by quarter: built from the quarter's activity documents, so none of them is parsed again. */
  readonly quarterReports: WeightedLruCache<QuarterlyReport>;
  /** Keyed by quarter: its report rendered, by format. */
  readonly renderedReports: WeightedLruCache<Map<string, RenderedReport>>;
  /**
   * Keyed by quarter, format, cutoff time and the last log position folded: the log up to a position never
   * changes, so these are never invalidated, only forgotten when the budget is spent.
   */
  readonly pastReports: WeightedLruCache<RenderedReport>;
  private readonly stopListening: () => void;
  /** Counts the times quarterly reports were forgotten, so a rendering begun before cannot be kept after. */
  private reportGeneration = 0;

  constructor(
    runner: ProjectionRunner,
    @Optional() @Inject(READ_MODEL_CACHE_BUDGETS) budgets: ReadModelCacheBudgets = DEFAULT_READ_MODEL_CACHE_BUDGETS,
  ) {
    this.statuses = new WeightedLruCache(budgets.statuses);
    this.timelineIndexes = new WeightedLruCache(budgets.timelineIndexBytes);
    this.timelinePages = new WeightedLruCache(budgets.timelinePageBytes);
    this.quarterReports = new WeightedLruCache(budgets.quarterReportActivities);
    this.renderedReports = new WeightedLruCache(budgets.renderedReportBytes);
    this.pastReports = new WeightedLruCache(budgets.pastReportBytes);
    this.stopListening = runner.onDocumentsChanged((changes, rebuilt) => (rebuilt ? this.forgetEverything() : this.forget(changes)));
  }

  /** Every country's summary, derived once from all the status documents. */
  allCountries(load: () => CountrySummaryView[]): CountrySummaryView[] {
    return this.countryList.remember(ALL_COUNTRIES, load, () => 1);
  }

  /** What to hand back to keepRenderedReport: a rendering is kept only if no report was forgotten meanwhile. */
  get reportsGeneration(): number {
    return this.reportGeneration;
  }

  renderedReport(quarter: string, format: string): RenderedReport | undefined {
    return this.renderedReports.get(quarter)?.get(format);
  }

  keepRenderedReport(quarter: string, rendered: RenderedReport, generation: number): void {
    if (generation !== this.reportGeneration) return;
    const formats = new Map(this.renderedReports.get(quarter) ?? []).set(rendered.format, rendered);
    const bytes = [...formats.values()].reduce((total, { body }) => total + body.length, 0);
    this.renderedReports.set(quarter, formats, bytes);
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
    const activities = changes.get(QUARTERLY_ACTIVITIES);
    if (!activities?.size) return;
    this.reportGeneration++;
    if (this.quarterReports.size + this.renderedReports.size === 0) return;
    activities.forEach((key) => {
      this.quarterReports.delete(groupOf(key));
      this.renderedReports.delete(groupOf(key));
    });
  }

  forgetEverything(): void {
    this.reportGeneration++;
    [this.countryList, this.statuses, this.timelineIndexes, this.timelinePages, this.quarterReports, this.renderedReports].forEach((cache) =>
      cache.clear(),
    );
  }

  onModuleDestroy(): void {
    this.stopListening();
  }
}
