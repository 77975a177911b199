import type { ActivityRow, QuarterlyReport } from '../report.model';

const COLUMNS: [string, (row: ActivityRow, quarter: string) => string | number | null][] = [
  ['Quarter', (_row, quarter) => quarter],
  ['Section', (row) => row.section],
  ['Activity', (row) => row.activity],
  ['Date', (row) => row.date],
  ['Countries', (row) => row.countries],
  ['Country codes', (row) => row.countryCodes],
  ['ITU regions', (row) => row.ituRegions],
  ['Details', (row) => row.details],
  ['Participants', (row) => row.participants],
  ['Planned for', (row) => row.plannedFor],
  ['Note', (row) => row.note],
  ['Corrected', (row) => (row.corrected ? 'yes' : 'no')],
  ['Recorded at', (row) => row.recordedAt],
  ['Report sentence', (row) => row.sentence],
  ['Event ID', (row) => row.eventId],
];

/** RFC 4180: a field holding a comma, a double quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (fields: (string | number | null)[]) => `${fields.map(csvField).join(',')}\r\n`;

/** One row per activity of the quarter, with a header row; lines end in CRLF. */
export function renderCsv(report: QuarterlyReport): string {
  const header = csvLine(COLUMNS.map(([name]) => name));
  const rows = report.activities.map((row) => csvLine(COLUMNS.map(([, value]) => value(row, report.quarter))));
  return header + rows.join('');
}
