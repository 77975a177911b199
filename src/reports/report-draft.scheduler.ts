import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { QuarterId } from '../country/domain/country.events';
import { lastDayOf, previousQuarter, quarterContaining } from './quarter';
import { QuarterlyReportService } from './quarterly-report.service';
import { renderReport, reportFilename, ReportFormat } from './report-formats';
import { REPORTS_CONFIG, ReportsConfig } from './reports-config';

export const DRAFT_FORMATS: readonly ReportFormat[] = ['md', 'html', 'docx'];

function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

/** The day the quarter's draft is due: the configured number of days after its last day. */
export const draftDueOn = (quarter: QuarterId, daysAfterQuarter: number) => addDays(lastDayOf(quarter), daysAfterQuarter);

/** Drafts the previous quarter's report into the reports directory once it is due, and only once. */
@Injectable()
export class ReportDraftScheduler {
  private readonly logger = new Logger('ReportDrafts');

  constructor(
    private readonly reports: QuarterlyReportService,
    @Inject(REPORTS_CONFIG) private readonly config: ReportsConfig,
  ) {}

  @Cron(CronExpression.EVERY_DAY_AT_1AM, { name: 'draft-quarterly-report', timeZone: 'UTC' })
  async draftOnSchedule(): Promise<void> {
    try {
      await this.draftDueReport(new Date());
    } catch (error) {
      this.logger.error(`Drafting the quarterly report failed: ${(error as Error).message}`, (error as Error).stack);
    }
  }

  /** Returns the files written: none before the due day or when the draft is already there. */
  async draftDueReport(today: Date): Promise<string[]> {
    const quarter = previousQuarter(quarterContaining(today));
    if (today.toISOString().slice(0, 10) < draftDueOn(quarter, this.config.draftDaysAfterQuarter)) return [];
    const missing = DRAFT_FORMATS.map((format) => ({ format, path: join(this.config.reportsDir, reportFilename(quarter, format)) })).filter(
      ({ path }) => !existsSync(path),
    );
    if (missing.length === 0) return [];
    await mkdir(this.config.reportsDir, { recursive: true });
    const report = await this.reports.report(quarter);
    for (const { format, path } of missing) {
      await writeFile(path, (await renderReport(report, format)).body, { flag: 'wx' });
    }
    const written = missing.map(({ path }) => path);
    this.logger.log(`Drafted the ${quarter} report (${report.activities.length} activities): ${written.join(', ')}`);
    return written;
  }
}
