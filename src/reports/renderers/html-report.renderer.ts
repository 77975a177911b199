import { CORRECTION_MARK, QuarterlyReport, RegionSummaryRow, ReportItem } from '../report.model';
import { formatCount } from './markdown-report.renderer';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]);

/** Self-contained: no fonts, scripts or images to fetch, so it prints and archives as it is. */
const STYLE = `
  @page { size: A4; margin: 2cm; }
  :root { color: #1a1a1a; background: #fff; }
  body { font: 11pt/1.5 Georgia, 'Times New Roman', serif; margin: 0; }
  main { max-width: 46rem; margin: 2.5rem auto; padding: 0 1.5rem; }
  h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .3rem; }
  .subtitle { font-size: 1.05rem; color: #444; margin: 0 0 .4rem; }
  .as-of { font-size: .9rem; color: #555; font-style: italic; margin: 0; }
  header { border-bottom: 2px solid #1d4f91; padding-bottom: .8rem; margin-bottom: 1.4rem; }
  h2 { font-size: 1.2rem; margin: 1.8rem 0 .6rem; color: #1d4f91; }
  h3 { font-size: 1.02rem; margin: 1.2rem 0 .4rem; }
  .number { display: inline-block; min-width: 2.6rem; }
  ul { list-style: none; padding-left: 1.4rem; margin: 0; }
  li { margin: .25rem 0; }
  li::before { content: '–'; display: inline-block; width: 1.4rem; margin-left: -1.4rem; }
  .note { font-size: .9rem; color: #444; }
  table { border-collapse: collapse; width: 100%; margin: .6rem 0; font-size: .95rem; }
  th, td { border: 1px solid #b9c2cf; padding: .35rem .6rem; }
  th { background: #eef2f7; text-align: left; }
  td.count, th.count { text-align: right; }
  tfoot td { font-weight: bold; background: #f6f8fb; }
  h2, h3 { break-after: avoid; }
  li, tr { break-inside: avoid; }
  @media print { main { margin: 0; max-width: none; padding: 0; } }
`;

const itemHtml = (item: ReportItem) =>
  `<li>${escapeHtml(item.text)}${item.corrected ? `<sup title="Corrected">${CORRECTION_MARK}</sup>` : ''}</li>`;

const rowHtml = (row: RegionSummaryRow) =>
  `<tr><td>${escapeHtml(row.region)}</td>${[row.countriesEngaged, row.trainings, row.peopleTrained]
    .map((count) => `<td class="count">${formatCount(count)}</td>`)
    .join('')}</tr>`;

const headerCell = (column: string, index: number) => `<th${index > 0 ? ' class="count"' : ''}>${escapeHtml(column)}</th>`;

export function renderHtml(report: QuarterlyReport): string {
  const summary = report.regionSummary;
  const body: string[] = [
    '<header>',
    `<h1>${escapeHtml(report.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(report.subtitle)}</p>`,
    ...(report.asOfNotice ? [`<p class="as-of">${escapeHtml(report.asOfNotice)}</p>`] : []),
    '</header>',
    '<section>',
    '<h2>Purpose</h2>',
    `<p>${escapeHtml(report.purpose)}</p>`,
    ...(report.emptyNotice ? [`<p>${escapeHtml(report.emptyNotice)}</p>`] : []),
    '</section>',
  ];
  for (const part of report.parts) {
    body.push('<section>', `<h2><span class="number">${part.number}</span>${escapeHtml(part.lead)}</h2>`);
    for (const section of part.sections) {
      body.push(
        `<h3><span class="number">${section.number}</span>${escapeHtml(section.title)}</h3>`,
        '<ul>',
        ...section.items.map(itemHtml),
        '</ul>',
      );
    }
    body.push('</section>');
  }
  if (report.correctionNote) body.push(`<p class="note">${escapeHtml(report.correctionNote)}</p>`);
  body.push(
    '<section>',
    `<h2>${escapeHtml(summary.title)}</h2>`,
    '<table>',
    `<thead><tr>${summary.columns.map(headerCell).join('')}</tr></thead>`,
    `<tbody>${summary.rows.map(rowHtml).join('')}</tbody>`,
    `<tfoot>${rowHtml(summary.total)}</tfoot>`,
    '</table>',
    `<p class="note">${escapeHtml(summary.note)}</p>`,
    '</section>',
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${report.title} – ${report.subtitle}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
