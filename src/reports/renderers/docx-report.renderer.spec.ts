import JSZip from 'jszip';
import { buildQuarterlyReport } from '../build-quarterly-report';
import { DEMO_QUARTER_EVENTS } from '../testing/demo-quarter.fixture';
import { activitiesOf, testCountries } from '../testing/report-fixtures';
import { renderDocx } from './docx-report.renderer';

const report = buildQuarterlyReport({ quarter: '2024-Q4', activities: activitiesOf(...DEMO_QUARTER_EVENTS), countries: testCountries });

type DocxParagraph = { style: string | null; text: string };

/** Paragraph styles and texts of word/document.xml, read the way Word would. */
async function paragraphsOf(docx: Buffer): Promise<{ paragraphs: DocxParagraph[]; xml: string }> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? null,
    text: [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
  }));
  return { paragraphs, xml };
}

describe('docx report', () => {
  it('is a Word document with the title, numbered section headings, the items and the summary table', async () => {
    const docx = await renderDocx(report);
    const zip = await JSZip.loadAsync(docx);
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/numbering.xml']));
    const { paragraphs, xml } = await paragraphsOf(docx);
    const headings = paragraphs.filter((paragraph) => paragraph.style?.startsWith('Heading') || paragraph.style === 'Title');
    expect(headings.map((heading) => `${heading.style}: ${heading.text}`)).toEqual([
      'Title: Status of the Child Online Protection Initiative',
      'Heading1: Purpose',
      'Heading1: 1 As part of ITU’s global programme, the following activities were undertaken:',
      'Heading2: 1.1 Translation of the COP Guidelines',
      'Heading2: 1.2 Capacity building',
      'Heading2: 1.3 National COP frameworks',
      'Heading2: 1.4 Child participation',
      'Heading1: Summary by ITU region',
    ]);
    expect(paragraphs.map((paragraph) => paragraph.text)).toContain('In the Bahamas and Suriname, ITU delivered a draft national framework.');
    expect(xml).toContain('<w:tbl>');
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(expect.arrayContaining(['ITU region', 'Countries engaged', 'Total']));
  });

  it('marks corrected items with the correction mark', async () => {
    const { paragraphs } = await paragraphsOf(await renderDocx(report));
    expect(paragraphs.map((paragraph) => paragraph.text)).toContain(
      'In the Maldives, the Training of Trainers for Educators was held, reaching 24 participants.†',
    );
  });

  it('gives the same bytes whatever the clock says', async () => {
    const clock = jest.spyOn(Date, 'now');
    clock.mockReturnValue(Date.parse('2025-01-05T10:00:00Z'));
    const first = await renderDocx(report);
    clock.mockReturnValue(Date.parse('2026-07-09T17:33:12Z'));
    const second = await renderDocx(report);
    clock.mockRestore();
    expect(second.equals(first)).toBe(true);
  });

  it('dates the document by the report, not by when it was generated', async () => {
    const zip = await JSZip.loadAsync(await renderDocx({ ...report, asOf: '2025-01-05T10:00:00.000Z' }));
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-05T10:00:00Z</dcterms:modified>');
    expect(zip.file('word/document.xml')!.date.getUTCFullYear()).toBe(2025);
  });
});
