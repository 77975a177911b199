import type { AuditEntry, AuditFilter } from '../audit/audit-entry';
import { html } from './html-template';
import { renderPage } from './page-layout.view';
import { webPaths } from './web-routes';

const ACTION_LABELS: Record<AuditEntry['action'], string> = {
  recorded: 'Recorded',
  corrected: 'Corrected',
  retracted: 'Retracted',
  published: 'Published',
};

/** `before`: where the log was read back to, when there is more to read (the API's rel="next" cursor). */
export function renderAuditPage(filter: AuditFilter, entries: AuditEntry[], error?: string, before?: string): string {
  const input = (name: keyof AuditFilter, label: string, type = 'text') =>
    html`<div class="field"><label for="audit-${name}">${label}</label><input type="${type}" id="audit-${name}" name="${name}" value="${filter[name] ?? ''}"></div>`;
  return renderPage({
    title: 'Audit trail',
    section: 'audit',
    body: html`<h1>Audit trail</h1>
<p class="muted">Who recorded, corrected, retracted or published what, and when; newest first.</p>
<form class="card filters" method="get" action="${webPaths.audit}">
  ${input('country', 'Country code')}
  ${input('actor', 'User')}
  ${input('from', 'Recorded from', 'date')}
  ${input('to', 'Recorded until', 'date')}
  <button type="submit">Apply filters</button>
</form>
${error ? html`<p class="notice error" role="alert">${error}</p>` : ''}
<table class="audit-list">
  <thead><tr><th scope="col">Recorded at</th><th scope="col">User</th><th scope="col">Action</th><th scope="col">What</th><th scope="col">Countries</th><th scope="col">Reason</th></tr></thead>
  <tbody>
  ${entries.map(
    (entry) => html`<tr data-event-id="${entry.eventId}">
    <td>${entry.recordedAt.replace('T', ' ').slice(0, 19)}</td>
    <td>${entry.actor}</td>
    <td>${ACTION_LABELS[entry.action]}</td>
    <td>${entry.target?.type ?? entry.type}${entry.date ? html` <span class="muted">(${entry.date})</span>` : ''}</td>
    <td>${entry.countries.map((code, index) => html`${index > 0 ? ', ' : ''}<a href="${webPaths.country(code)}">${code}</a>`)}</td>
    <td>${entry.reason ?? ''}</td>
  </tr>`,
  )}
  </tbody>
</table>
${entries.length === 0 ? html`<p>${before ? 'No changes match these filters in this part of the log.' : 'No changes match these filters.'}</p>` : ''}
${before ? html`<p><a rel="next" href="${webPaths.audit}?${new URLSearchParams({ ...filter, before }).toString()}">Older changes</a></p>` : ''}`,
  });
}
