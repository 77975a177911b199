import { Inject, Injectable } from '@nestjs/common';
import type { QuarterId } from '../country/domain/country.events';
import { CountryDirectory } from '../countries/country-directory';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { ReadModelCaches } from '../queries/read-model-caches.service';
import { ReadModelStore } from '../read-models/read-model.store';
import { QUARTERLY_ACTIVITIES, QuarterlyActivity } from '../../projections/quarterly-activities.projection';
import { LogCutoff, quarterActivitiesFromLog } from './activity-log';
import { buildQuarterlyReport } from './build-quarterly-report';
import { CountryLookup, countryLookupFrom, QuarterlyReport } from './report.model';
import { RenderedReport, renderReport, ReportFormat } from './report-formats';

/**
 * The report of a quarter as the log stands (from the persisted read model) or as it stood at a cutoff
 * (folded in memory from the global log).
 */
@Injectable()
export class QuarterlyReportService {
  readonly countries: CountryLookup;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ReadModelStore,
    directory: CountryDirectory,
    private readonly caches: ReadModelCaches,
  ) {
    this.countries = countryLookupFrom(directory);
  }

  activities(quarter: QuarterId, cutoff?: LogCutoff): Promise<QuarterlyActivity[]> {
    if (!cutoff) return Promise.resolve(this.currentActivities(quarter));
    return quarterActivitiesFromLog(this.store, quarter, cutoff);
  }

  /** As the log stands, built once and kept until the projection runner changes the quarter's activity documents. */
  async report(quarter: QuarterId, cutoff?: LogCutoff): Promise<QuarterlyReport> {
    if (!cutoff) {
      return this.caches.quarterReports.remember(
        quarter,
        () => buildQuarterlyReport({ quarter, activities: this.currentActivities(quarter), countries: this.countries, asOf: null }),
        (report) => report.activities.length + 1,
      );
    }
    const activities = await this.activities(quarter, cutoff);
    return buildQuarterlyReport({ quarter, activities, countries: this.countries, asOf: cutoff.recordedAt });
  }

  private currentActivities(quarter: QuarterId): QuarterlyActivity[] {
    return this.readModels.listByPrefix<QuarterlyActivity>(QUARTERLY_ACTIVITIES, `${quarter}/`);
  }

  async render(quarter: QuarterId, format: ReportFormat, cutoff?: LogCutoff): Promise<RenderedReport> {
    return renderReport(await this.report(quarter, cutoff), format);
  }
}
