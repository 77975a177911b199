import type { QuarterlyReport } from '../report.model';

/** Rows serialised per call: small enough that no one string holds a large part of the report. */
const ROWS_PER_CHUNK = 64;
const EMPTY_ACTIVITIES_END = '[]\n}';
const NESTED_OPENING = '{\n  "activities": [\n';
const NESTED_CLOSING = '\n  ]\n}';

/**
 * Exactly the bytes of `JSON.stringify(report, null, 2)` and a newline, written a few rows at a time. The rows
 * are serialised inside an `{ activities }` wrapper so that they are indented as deep as in the whole report.
 * One string of the whole report would be built in pieces, copied, and held two bytes a character as soon as
 * one "’" appears; a quarter with 10,000 activities makes 10 MB of JSON.
 */
export function renderJson(report: QuarterlyReport): Buffer {
  const { activities, ...head } = report;
  const keys = Object.keys(report);
  if (activities.length === 0 || keys[keys.length - 1] !== 'activities') {
    return Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8');
  }
  const opening = JSON.stringify({ ...head, activities: [] }, null, 2);
  const chunks = [Buffer.from(`${opening.slice(0, -EMPTY_ACTIVITIES_END.length)}[\n`, 'utf8')];
  for (let start = 0; start < activities.length; start += ROWS_PER_CHUNK) {
    const nested = JSON.stringify({ activities: activities.slice(start, start + ROWS_PER_CHUNK) }, null, 2);
    const rows = nested.slice(NESTED_OPENING.length, -NESTED_CLOSING.length);
    chunks.push(Buffer.from(start === 0 ? rows : `,\n${rows}`, 'utf8'));
  }
  chunks.push(Buffer.from(`${NESTED_CLOSING}\n`, 'utf8'));
  return Buffer.concat(chunks);
}
