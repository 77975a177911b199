import { Inject, Injectable } from '@nestjs/common';
import type { QuarterId } from '../country/domain/country.events';
import { CountryDirectory } from '../countries/country-directory';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
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
  ) {
    this.countries = countryLookupFrom(directory);
  }

  activities(quarter: QuarterId, cutoff?: LogCutoff): Promise<QuarterlyActivity[]> {
    if (!cutoff) return Promise.resolve(this.readModels.listByPrefix<QuarterlyActivity>(QUARTERLY_ACTIVITIES, `${quarter}/`));
    return quarterActivitiesFromLog(this.store, quarter, cutoff);
  }

  async report(quarter: QuarterId, cutoff?: LogCutoff): Promise<QuarterlyReport> {
    const activities = await this.activities(quarter, cutoff);
    return buildQuarterlyReport({ quarter, activities, countries: this.countries, asOf: cutoff?.recordedAt ?? null });
  }

  async render(quarter: QuarterId, format: ReportFormat, cutoff?: LogCutoff): Promise<RenderedReport> {
    return renderReport(await this.report(quarter, cutoff), format);
  }
}
