import { renderReport } from './report-formats';
import { reportOf, training } from './testing/report-fixtures';

/** Set by the mocked module when it is first required, which may be while the spec's own imports run. */
const wordLibraryLoaded = () => (globalThis as { wordLibraryLoaded?: boolean }).wordLibraryLoaded === true;
jest.mock('docx', () => {
  (globalThis as { wordLibraryLoaded?: boolean }).wordLibraryLoaded = true;
  return jest.requireActual('docx');
});

describe('rendering a report', () => {
  it('loads the Word library on the first Word export only', async () => {
    const report = reportOf(training('MLT'));
    for (const format of ['md', 'html', 'json', 'csv'] as const) await renderReport(report, format);
    expect(wordLibraryLoaded()).toBe(false);

    const word = await renderReport(report, 'docx');
    expect(wordLibraryLoaded()).toBe(true);
    expect(word.body.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
