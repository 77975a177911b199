import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AppConfig, configFromEnv } from '../config/app-config';
import { CountryDirectory } from '../countries/country-directory';
import { createEventStore } from '../event-store/event-store.module';
import { quarterActivitiesFromLog, scanningTheLog } from '../reports/activity-log';
import { buildQuarterlyReport } from '../reports/build-quarterly-report';
import { countryLookupFrom } from '../reports/report.model';
import { parseReportArguments, REPORT_CLI_USAGE, ReportCliArguments, ReportUsageError } from '../reports/report-cli-arguments';
import { renderReport } from '../reports/report-formats';
import { reportsConfigFromEnv } from '../reports/reports-config';

export type WrittenReport = { path: string; activities: number; contentHash: string };

/** Builds the report straight from the event store, folding the log in memory: no server needed. */
export async function writeQuarterlyReport(config: AppConfig, options: ReportCliArguments): Promise<WrittenReport> {
  if (config.eventStore === 'sqlite' && !existsSync(config.sqlitePath)) {
    throw new ReportUsageError(`No event store at ${config.sqlitePath}; set SQLITE_PATH to the service's database file`);
  }
  const store = await createEventStore(config);
  try {
    const activities = await quarterActivitiesFromLog(scanningTheLog(store), options.quarter, { recordedAt: options.asOf });
    const report = buildQuarterlyReport({
      quarter: options.quarter,
      activities,
      countries: countryLookupFrom(new CountryDirectory()),
      asOf: options.asOf ?? null,
    });
    const rendered = await renderReport(report, options.format);
    await mkdir(options.outDir, { recursive: true });
    const path = join(resolve(options.outDir), rendered.filename);
    await writeFile(path, rendered.body);
    return { path, activities: report.activities.length, contentHash: rendered.contentHash };
  } finally {
    await store.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const options = parseReportArguments(argv, reportsConfigFromEnv().reportsDir);
  const written = await writeQuarterlyReport(configFromEnv(), options);
  console.log(`Wrote ${written.path} (${written.activities} activities, sha256 ${written.contentHash})`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    if (error instanceof ReportUsageError) console.error(REPORT_CLI_USAGE);
    process.exitCode = error instanceof ReportUsageError ? 2 : 1;
  });
}
