import { CORRECTION_MARK, QuarterlyReport, RegionSummaryRow, ReportItem } from '../report.model';

/** Characters that would otherwise start emphasis, links, code or HTML in Markdown. */
const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>])/g, '\\$1');
const escapeCell = (text: string) => escapeMarkdown(text).replace(/\|/g, '\\|');

export const formatCount = (count: number) => count.toLocaleString('en-GB');

const itemLine = (item: ReportItem) => `- ${escapeMarkdown(item.text)}${item.corrected ? CORRECTION_MARK : ''}`;

function tableRow(row: RegionSummaryRow, strong = false): string {
  const cells = [escapeCell(row.region), formatCount(row.countriesEngaged), formatCount(row.trainings), formatCount(row.peopleTrained)];
  return `| ${cells.map((cell) => (strong ? `**${cell}**` : cell)).join(' | ')} |`;
}

export function renderMarkdown(report: QuarterlyReport): string {
  const lines: string[] = [`# ${escapeMarkdown(report.title)}`, '', escapeMarkdown(report.subtitle), ''];
  if (report.asOfNotice) lines.push(`_${escapeMarkdown(report.asOfNotice)}_`, '');
  lines.push('## Purpose', '', escapeMarkdown(report.purpose), '');
  if (report.emptyNotice) lines.push(escapeMarkdown(report.emptyNotice), '');
  for (const part of report.parts) {
    lines.push(`## ${part.number} ${escapeMarkdown(part.lead)}`, '');
    for (const section of part.sections) {
      lines.push(`### ${section.number} ${escapeMarkdown(section.title)}`, '', ...section.items.map(itemLine), '');
    }
  }
  if (report.correctionNote) lines.push(`_${escapeMarkdown(report.correctionNote)}_`, '');
  const summary = report.regionSummary;
  lines.push(
    `## ${escapeMarkdown(summary.title)}`,
    '',
    `| ${summary.columns.map(escapeCell).join(' | ')} |`,
    '| :--- | ---: | ---: | ---: |',
    ...summary.rows.map((row) => tableRow(row)),
    tableRow(summary.total, true),
    '',
    `_${escapeMarkdown(summary.note)}_`,
    '',
  );
  return lines.join('\n');
}
