import { createHash } from 'node:crypto';
import type { QuarterId } from '../country/domain/country.events';
import type { QuarterlyReport } from './report.model';
import { renderCsv } from './renderers/csv-report.renderer';
import { renderHtml } from './renderers/html-report.renderer';
import { renderJson } from './renderers/json-report.renderer';
import { renderMarkdown } from './renderers/markdown-report.renderer';

export const REPORT_FORMATS = ['json', 'md', 'html', 'docx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

type FormatSpec = { contentType: string; extension: string; disposition: 'inline' | 'attachment' };

const FORMAT_SPECS: Record<ReportFormat, FormatSpec> = {
  json: { contentType: 'application/json; charset=utf-8', extension: 'json', disposition: 'inline' },
  md: { contentType: 'text/markdown; charset=utf-8', extension: 'md', disposition: 'inline' },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html', disposition: 'inline' },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
    disposition: 'attachment',
  },
  csv: { contentType: 'text/csv; charset=utf-8; header=present', extension: 'csv', disposition: 'attachment' },
};

export const REPORT_CONTENT_TYPES = REPORT_FORMATS.map((format) => FORMAT_SPECS[format].contentType);

export type RenderedReport = {
  format: ReportFormat;
  body: Buffer;
  contentType: string;
  filename: string;
  contentDisposition: string;
  /** sha256 of the body, hex. */
  contentHash: string;
};

export const reportFilename = (quarter: QuarterId, format: ReportFormat) =>
  `cop-activity-report-${quarter}.${FORMAT_SPECS[format].extension}`;

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Loaded on the first Word export: the docx library takes about 8 MB that a server may never need. */
const wordRenderer = () => import('./renderers/docx-report.renderer');

async function renderBytes(report: QuarterlyReport, format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'md':
      return Buffer.from(renderMarkdown(report), 'utf8');
    case 'html':
      return Buffer.from(renderHtml(report), 'utf8');
    case 'docx':
      return (await wordRenderer()).renderDocx(report);
    case 'csv':
      return Buffer.from(renderCsv(report), 'utf8');
    default: {
      const unknownFormat: never = format;
      throw new Error(`Unknown report format ${String(unknownFormat)}`);
    }
  }
}

export async function renderReport(report: QuarterlyReport, format: ReportFormat): Promise<RenderedReport> {
  const body = await renderBytes(report, format);
  const spec = FORMAT_SPECS[format];
  const filename = reportFilename(report.quarter, format);
  return {
    format,
    body,
    contentType: spec.contentType,
    filename,
    contentDisposition: `${spec.disposition}; filename="${filename}"`,
    contentHash: sha256(body),
  };
}
