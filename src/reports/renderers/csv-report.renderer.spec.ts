import { buildQuarterlyReport } from '../build-quarterly-report';
import { activitiesOf, testCountries } from '../testing/report-fixtures';
import { csvField, renderCsv } from './csv-report.renderer';

/** A strict RFC 4180 reader, enough to prove that what the writer produced reads back the same. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    const next = text[index + 1];
    if (quoted && character === '"' && next === '"') {
      field += '"';
      index++;
    } else if (character === '"') {
      quoted = !quoted;
    } else if (!quoted && character === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && character === '\r' && next === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      index++;
    } else {
      field += character;
    }
  }
  return rows;
}

describe('csv report', () => {
  it('quotes fields with commas, quotes and line breaks, and only those', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(25)).toBe('25');
    expect(csvField(null)).toBe('');
    expect(csvField('Ghana, Kenya')).toBe('"Ghana, Kenya"');
    expect(csvField('the "COP" summit')).toBe('"the ""COP"" summit"');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
  });

  it('writes a header and one CRLF-terminated row per activity that reads back intact', () => {
    const note = 'Held with "ITU", police, and\nteachers';
    const activities = activitiesOf(
      { type: 'TrainingHeld', data: { country: 'MDV', date: '2024-11-12', title: 'Training of Trainers', audience: 'educators', participants: 25, note } },
      { type: 'FrameworkDrafted', data: { country: 'BHS', date: '2024-11-28' } },
    );
    const csv = renderCsv(buildQuarterlyReport({ quarter: '2024-Q4', activities, countries: testCountries }));
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(csv);
    expect(header.slice(0, 4)).toEqual(['Quarter', 'Section', 'Activity', 'Date']);
    expect(rows).toHaveLength(2);
    const training = Object.fromEntries(header.map((column, index) => [column, rows[0][index]]));
    expect(training).toMatchObject({ Quarter: '2024-Q4', Countries: 'Maldives', Participants: '25', Note: note, Corrected: 'no' });
    expect(rows.every((row) => row.length === header.length)).toBe(true);
  });
});
