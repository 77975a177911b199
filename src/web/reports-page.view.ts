import { html } from './html-template';
import { quarterLabel } from './form-field.view';
import { renderPage } from './page-layout.view';
import { webPaths } from './web-routes';

export const REPORT_DOWNLOADS = [
  { format: 'docx', label: 'Word (.docx)' },
  { format: 'md', label: 'Markdown (.md)' },
  { format: 'html', label: 'Web page (.html)' },
  { format: 'csv', label: 'Spreadsheet (.csv)' },
] as const;

export type ReportsPageModel = { quarter: string; years: number[] };

export const reportUrl = (quarter: string, format: string) =>
  `/api/reports/quarterly/${encodeURIComponent(quarter)}?format=${encodeURIComponent(format)}`;

export function renderReportsPage({ quarter, years }: ReportsPageModel): string {
  const [year, number] = quarter.split('-Q');
  const label = quarterLabel(quarter);
  const body = html`
<h1>Quarterly report</h1>
<form class="report-picker card" method="get" action="${webPaths.reports}" aria-label="Choose a quarter">
  <div class="picker"><label for="report-year">Year</label>
    <select id="report-year" name="year">${years.map(
      (candidate) => html`<option value="${candidate}"${String(candidate) === year ? html` selected` : ''}>${candidate}</option>`,
    )}</select>
  </div>
  <div class="picker"><label for="report-quarter">Quarter</label>
    <select id="report-quarter" name="quarter">${[1, 2, 3, 4].map(
      (candidate) => html`<option value="${candidate}"${String(candidate) === number ? html` selected` : ''}>Q${candidate}</option>`,
    )}</select>
  </div>
  <button type="submit">Show report</button>
</form>
<h2 id="report-heading">Report for ${label}</h2>
<ul class="downloads" aria-label="Download the ${label} report">
  ${REPORT_DOWNLOADS.map(
    ({ format, label: formatLabel }) =>
      html`<li><a class="button secondary" data-format="${format}" href="${reportUrl(quarter, format)}" download>Download ${formatLabel}</a></li>`,
  )}
</ul>
<iframe class="report-frame" id="report-frame" title="Quarterly report for ${label}" src="${reportUrl(quarter, 'html')}" sandbox="allow-same-origin"></iframe>`;
  return renderPage({ title: `Report ${label}`, section: 'reports', body, scripts: ['report-page.js'] });
}
