import { Logger } from '@nestjs/common';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildQuarterlyReport } from './build-quarterly-report';
import type { QuarterlyReportService } from './quarterly-report.service';
import { draftDueOn, ReportDraftScheduler } from './report-draft.scheduler';
import { activitiesOf, testCountries } from './testing/report-fixtures';

describe('report draft scheduler', () => {
  let reportsDir: string;
  let requested: string[];
  let scheduler: ReportDraftScheduler;

  beforeEach(() => {
    reportsDir = join(mkdtempSync(join(tmpdir(), 'ta-reports-')), 'reports');
    requested = [];
    const reports = {
      report: async (quarter: string) => {
        requested.push(quarter);
        const activities = activitiesOf({ type: 'FrameworkDrafted', data: { country: 'BHS', date: '2024-11-28' } });
        return buildQuarterlyReport({ quarter, activities, countries: testCountries });
      },
    } as unknown as QuarterlyReportService;
    scheduler = new ReportDraftScheduler(reports, { reportsDir, draftDaysAfterQuarter: 5 });
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });

  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(join(reportsDir, '..'), { recursive: true, force: true });
  });

  it('is due the configured number of days after the quarter ends', () => {
    expect(draftDueOn('2024-Q4', 5)).toBe('2025-01-05');
    expect(draftDueOn('2025-Q1', 0)).toBe('2025-03-31');
  });

  it('drafts nothing before the due day', async () => {
    expect(await scheduler.draftDueReport(new Date('2025-01-04T23:00:00Z'))).toEqual([]);
    expect(requested).toEqual([]);
  });

  it('writes md, html and docx of the previous quarter on the due day and says where', async () => {
    const log = jest.spyOn(Logger.prototype, 'log');
    const written = await scheduler.draftDueReport(new Date('2025-01-05T01:00:00Z'));
    expect(written).toEqual(['md', 'html', 'docx'].map((extension) => join(reportsDir, `cop-activity-report-2024-Q4.${extension}`)));
    expect(readdirSync(reportsDir).sort()).toEqual(['cop-activity-report-2024-Q4.docx', 'cop-activity-report-2024-Q4.html', 'cop-activity-report-2024-Q4.md']);
    expect(readFileSync(written[0], 'utf8')).toContain('In the Bahamas, ITU delivered a draft national framework.');
    expect(log).toHaveBeenCalledWith(expect.stringContaining(written[2]));
  });

  it('drafts once: later days leave the files alone', async () => {
    await scheduler.draftDueReport(new Date('2025-01-05T01:00:00Z'));
    const markdown = join(reportsDir, 'cop-activity-report-2024-Q4.md');
    writeFileSync(markdown, 'edited by hand');
    expect(await scheduler.draftDueReport(new Date('2025-01-06T01:00:00Z'))).toEqual([]);
    expect(readFileSync(markdown, 'utf8')).toBe('edited by hand');
    expect(requested).toEqual(['2024-Q4']);
  });
});
