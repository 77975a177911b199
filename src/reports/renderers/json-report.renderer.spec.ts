import { DEMO_QUARTER_EVENTS } from '../testing/demo-quarter.fixture';
import { reportOf, training } from '../testing/report-fixtures';
import type { ActivityRow, QuarterlyReport } from '../report.model';
import { renderJson } from './json-report.renderer';

const wholeJson = (report: QuarterlyReport) => Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8');

const row = (index: number, extra: Partial<ActivityRow> = {}): ActivityRow => ({
  section: '1.2 Capacity building',
  eventId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  activity: 'Training held',
  date: '2024-11-12',
  countries: 'Malta',
  countryCodes: 'MLT',
  ituRegions: 'EUR',
  details: 'Training of Trainers for Educators',
  participants: index % 3 === 0 ? null : index,
  plannedFor: null,
  note: null,
  corrected: index % 2 === 0,
  recordedAt: '2024-12-20T09:00:00.000Z',
  sentence: 'In Malta, the Training of Trainers for Educators was held.',
  ...extra,
});

const withRows = (activities: ActivityRow[]): QuarterlyReport => ({ ...reportOf(training('MLT')), activities });

describe('the JSON rendering of a report', () => {
  it('is the report as JSON.stringify indents it, for a quarter with nothing in it', () => {
    const empty = reportOf();
    expect(renderJson(empty).equals(wholeJson(empty))).toBe(true);
  });

  it('is byte for byte the indented JSON of the demo quarter', () => {
    const demo = reportOf(...DEMO_QUARTER_EVENTS);
    expect(demo.activities.length).toBeGreaterThan(5);
    expect(renderJson(demo).toString('utf8')).toBe(wholeJson(demo).toString('utf8'));
  });

  it.each([1, 63, 64, 65, 129, 1000])('stays the same bytes with %i rows, written a few at a time', (rows) => {
    const report = withRows(Array.from({ length: rows }, (_, index) => row(index + 1)));
    expect(renderJson(report).equals(wholeJson(report))).toBe(true);
  });

  it('escapes and encodes text as JSON.stringify does: quotes, line breaks, typographic and astral characters', () => {
    const odd = ['He said "yes"\nthen left\\', 'Côte d’Ivoire – Türkiye', 'emoji 🎉 and \u2028 separator', '\u0000 and \t control'];
    const report = withRows(Array.from({ length: 70 }, (_, index) => row(index + 1, { note: odd[index % odd.length], countries: odd[(index + 1) % odd.length] })));
    expect(renderJson(report).equals(wholeJson(report))).toBe(true);
  });

  it('falls back to the whole JSON when the rows are not the report’s last field', () => {
    const { activities, ...head } = withRows([row(1), row(2)]);
    const reordered = { activities, ...head } as QuarterlyReport;
    expect(renderJson(reordered).equals(wholeJson(reordered))).toBe(true);
  });
});
