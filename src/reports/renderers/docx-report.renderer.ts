import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { lastDayOf } from '../quarter';
import { CORRECTION_MARK, QuarterlyReport, RegionSummaryRow, ReportItem } from '../report.model';
import { escapeHtml } from './html-report.renderer';
import { formatCount } from './markdown-report.renderer';

const BULLETS = 'report-dash';
const ACCENT = '1D4F91';

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });

const itemParagraph = (item: ReportItem) =>
  new Paragraph({
    numbering: { reference: BULLETS, level: 0 },
    spacing: { after: 80 },
    children: [new TextRun(item.text), ...(item.corrected ? [new TextRun({ text: CORRECTION_MARK, superScript: true })] : [])],
  });

function cell(text: string, options: { header?: boolean; total?: boolean; count?: boolean } = {}): TableCell {
  return new TableCell({
    ...(options.header && { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF2F7' } }),
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: [
      new Paragraph({
        alignment: options.count ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.header || options.total })],
      }),
    ],
  });
}

const summaryRow = (row: RegionSummaryRow, total = false) =>
  new TableRow({
    children: [
      cell(row.region, { total }),
      ...[row.countriesEngaged, row.trainings, row.peopleTrained].map((count) => cell(formatCount(count), { total, count: true })),
    ],
  });

function summaryTable(report: QuarterlyReport): Table {
  const { columns, rows, total } = report.regionSummary;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((column, index) => cell(column, { header: true, count: index > 0 })) }),
      ...rows.map((row) => summaryRow(row)),
      summaryRow(total, true),
    ],
  });
}

function body(report: QuarterlyReport): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [
    heading(report.title, HeadingLevel.TITLE),
    new Paragraph({ children: [new TextRun({ text: report.subtitle, size: 26, color: '444444' })] }),
  ];
  if (report.asOfNotice) children.push(new Paragraph({ children: [new TextRun({ text: report.asOfNotice, italics: true })] }));
  children.push(heading('Purpose', HeadingLevel.HEADING_1), new Paragraph(report.purpose));
  if (report.emptyNotice) children.push(new Paragraph(report.emptyNotice));
  for (const part of report.parts) {
    children.push(heading(`${part.number} ${part.lead}`, HeadingLevel.HEADING_1));
    for (const section of part.sections) {
      children.push(heading(`${section.number} ${section.title}`, HeadingLevel.HEADING_2), ...section.items.map(itemParagraph));
    }
  }
  if (report.correctionNote) children.push(new Paragraph({ children: [new TextRun({ text: report.correctionNote, size: 18 })] }));
  children.push(
    heading(report.regionSummary.title, HeadingLevel.HEADING_1),
    summaryTable(report),
    new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: report.regionSummary.note, size: 18 })] }),
  );
  return children;
}

const CORE_NAMESPACES = [
  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:dcterms="http://purl.org/dc/terms/"',
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/"',
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
].join(' ');

/** docx stamps "created" and "modified" with the clock; the report's own instant keeps the bytes reproducible. */
function coreProperties(report: QuarterlyReport): string {
  const instant = report.asOf ?? `${lastDayOf(report.quarter)}T23:59:59Z`;
  const stamp = new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<cp:coreProperties ${CORE_NAMESPACES}>`,
    `<dc:title>${escapeHtml(`${report.title} – ${report.subtitle}`)}</dc:title>`,
    '<dc:creator>ta-tracker</dc:creator>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

/**
 * The zip entries' times come from Date.now(); packing runs synchronously, so the clock is pinned to the
 * report's instant only for that call and nothing else can observe it.
 */
function packedAt<T>(instant: number, pack: () => T): T {
  const realNow = Date.now;
  Date.now = () => instant;
  try {
    return pack();
  } finally {
    Date.now = realNow;
  }
}

export async function renderDocx(report: QuarterlyReport): Promise<Buffer> {
  const document = new Document({
    creator: 'ta-tracker',
    title: `${report.title} – ${report.subtitle}`,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 } },
        title: { run: { color: ACCENT, size: 44, bold: true } },
        heading1: { run: { color: ACCENT, size: 28, bold: true }, paragraph: { spacing: { before: 280, after: 120 } } },
        heading2: { run: { size: 24, bold: true }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '–',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 567 } } },
            },
          ],
        },
      ],
    },
    sections: [{ children: body(report) }],
  });
  const overrides = [{ path: 'docProps/core.xml', data: coreProperties(report) }];
  const instant = Date.parse(report.asOf ?? `${lastDayOf(report.quarter)}T23:59:59Z`);
  return packedAt(instant, () => Packer.toBuffer(document, false, overrides));
}
