import { Inject, Injectable } from '@nestjs/common';
import type { QuarterId } from '../country/domain/country.events';
import { CountryDirectory } from '../countries/country-directory';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { ReadModelCaches } from '../queries/read-model-caches.service';
import { ProjectionRunner } from '../read-models/projection-runner.service';
import { ReadModelStore } from '../read-models/read-model.store';
import { QUARTERLY_ACTIVITIES, QuarterlyActivity } from '../../projections/quarterly-activities.projection';
import { LogCutoff, QuarterEventReader, quarterActivitiesFromLog } from './activity-log';
import { IndexedQuarterEvents } from './indexed-quarter-events';
import { buildQuarterlyReport } from './build-quarterly-report';
import { CountryLookup, countryLookupFrom, QuarterlyReport } from './report.model';
import { RenderedReport, renderReport, ReportFormat } from './report-formats';

/**
 * The report of a quarter as the log stands (from the persisted read model) or as it stood at a cutoff
 * (folded in memory from the events that touch the quarter, found through the quarter log index). The former
 * throws ReadModelRebuilding while the read model is rebuilt.
 */
@Injectable()
export class QuarterlyReportService {
  readonly countries: CountryLookup;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ReadModelStore,
    directory: CountryDirectory,
    private readonly caches: ReadModelCaches,
    private readonly runner: ProjectionRunner,
    private readonly quarterEvents: IndexedQuarterEvents,
  ) {
    this.countries = countryLookupFrom(directory);
  }

  /** The events that touch a quarter, in log order (see IndexedQuarterEvents). */
  get quarterEventReader(): QuarterEventReader {
    return this.quarterEvents.read;
  }

  activities(quarter: QuarterId, cutoff?: LogCutoff): Promise<QuarterlyActivity[]> {
    if (!cutoff) return Promise.resolve(this.currentActivities(quarter));
    return quarterActivitiesFromLog(this.quarterEventReader, quarter, cutoff);
  }

  /** As the log stands, built once and kept until the projection runner changes the quarter's activity documents. */
  async report(quarter: QuarterId, cutoff?: LogCutoff): Promise<QuarterlyReport> {
    if (!cutoff) return this.currentReport(quarter);
    const activities = await this.activities(quarter, cutoff);
    return buildQuarterlyReport({ quarter, activities, countries: this.countries, asOf: cutoff.recordedAt });
  }

  /** Rendered once per format and kept (see ReadModelCaches); callers must not change the bytes. */
  async render(quarter: QuarterId, format: ReportFormat, cutoff?: LogCutoff): Promise<RenderedReport> {
    if (cutoff) return this.renderPast(quarter, format, cutoff);
    this.runner.assertComplete(QUARTERLY_ACTIVITIES);
    const cached = this.caches.renderedReport(quarter, format);
    if (cached) return cached;
    const generation = this.caches.reportsGeneration;
    const rendered = await renderReport(this.currentReport(quarter), format);
    this.caches.keepRenderedReport(quarter, rendered, generation);
    return rendered;
  }

  /**
   * Folds the log only up to the position it has reached (or the cutoff's, if earlier), so that the same
   * quarter, format and cutoff name the same bytes for as long as no event is appended before that position.
   */
  private async renderPast(quarter: QuarterId, format: ReportFormat, cutoff: LogCutoff): Promise<RenderedReport> {
    const head = await this.store.headPosition();
    const throughPosition = Math.min(cutoff.throughPosition ?? head, head);
    const key = [quarter, format, cutoff.recordedAt ?? '', throughPosition].join('|');
    const cached = this.caches.pastReports.get(key);
    if (cached) return cached;
    const rendered = await renderReport(await this.report(quarter, { ...cutoff, throughPosition }), format);
    this.caches.pastReports.set(key, rendered, rendered.body.length);
    return rendered;
  }

  private currentReport(quarter: QuarterId): QuarterlyReport {
    this.runner.assertComplete(QUARTERLY_ACTIVITIES);
    return this.caches.quarterReports.remember(
      quarter,
      () => buildQuarterlyReport({ quarter, activities: this.currentActivities(quarter), countries: this.countries, asOf: null }),
      (report) => report.activities.length + 1,
    );
  }

  private currentActivities(quarter: QuarterId): QuarterlyActivity[] {
    this.runner.assertComplete(QUARTERLY_ACTIVITIES);
    return this.readModels.listByPrefix<QuarterlyActivity>(QUARTERLY_ACTIVITIES, `${quarter}/`);
  }
}
