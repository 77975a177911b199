import { CountryInfo } from '../countries/country-directory';
import { ITU_REGION_NAMES } from '../countries/itu-region';
import { quarterLabel } from './form-field.view';
import { html, humanize, SafeHtml } from './html-template';
import { formRecording } from './milestone-forms';
import { renderPage } from './page-layout.view';
import { isStage, STAGE_COLOURS, stageLabel, UNTRACKED_COLOUR } from './stage-display';
import { CountryStatusView, TimelineEntry, TimelinePage } from './web-api.client';
import { webPaths } from './web-routes';

/** The timeline shows its latest page, or an earlier one the visitor asked for with "Show earlier entries". */
export type CountryPageModel = { country: CountryInfo; status: CountryStatusView; timeline: TimelinePage; earlierPage?: boolean };

export const formatRecordedAt = (iso: string) => iso.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}).*$/, '$1 $2 UTC');

export function renderCountryPage({ country, status, timeline: page, earlierPage = false }: CountryPageModel): string {
  const timeline = page.entries;
  const entries = page.total === 1 ? '1 entry' : `${page.total} entries`;
  const body = html`
<p><a href="${webPaths.dashboard}">← Dashboard</a></p>
<h1>${country.name}</h1>
<div class="status-grid">
  ${statusCard(country, status)}
  <section aria-labelledby="timeline-heading">
    <h2 id="timeline-heading">Timeline <span class="muted">(${entries}, by the date each happened)</span></h2>
    ${
      timeline.length === 0
        ? html`<p class="card">Nothing has been logged for ${country.nameInSentence} yet.</p>`
        : html`${pageLinks(country, page, earlierPage)}<ol class="timeline">${timeline.map((entry) => timelineEntry(country, entry))}</ol>`
    }
  </section>
</div>`;
  return renderPage({ title: country.name, section: 'dashboard', body });
}

function pageLinks(country: CountryInfo, page: TimelinePage, earlierPage: boolean): SafeHtml | string {
  if (!page.next && !earlierPage) return '';
  const shown = page.entries.length === 1 ? '1 entry' : `${page.entries.length} entries`;
  const earlier = page.next
    ? html`<a href="${webPaths.country(country.code)}?before=${encodeURIComponent(page.next.before)}">Show earlier entries</a>`
    : '';
  const latest = earlierPage ? html`<a href="${webPaths.country(country.code)}">Back to the latest entries</a>` : '';
  return html`<p class="timeline-pages"><span class="muted">Showing ${shown}.</span> ${earlier} ${latest}</p>`;
}

function statusCard(country: CountryInfo, status: CountryStatusView): SafeHtml {
  const colour = isStage(status.stage) ? STAGE_COLOURS[status.stage] : UNTRACKED_COLOUR;
  const stage = html`<span class="stage-pill"><span class="swatch" style="background:${colour}"></span>${stageLabel(status.stage)}</span>`;
  const counts = Object.entries(status.counts ?? {}).map(([key, value]) => html`<dt>${humanize(key)}</dt><dd>${countValue(value)}</dd>`);
  return html`<section class="card" aria-labelledby="status-heading">
  <h2 id="status-heading">Status</h2>
  <dl class="facts">
    <dt>Stage</dt><dd data-testid="stage">${stage}</dd>
    <dt>ITU region</dt><dd>${country.region ? ITU_REGION_NAMES[country.region] : '—'}</dd>
    <dt>Last activity</dt><dd>${status.lastActivityDate ?? 'none yet'}</dd>
    ${counts}
  </dl>
  <h3>Open plans</h3>
  ${
    (status.openPlans ?? []).length === 0
      ? html`<p class="muted">No open plans.</p>`
      : html`<ul>${status.openPlans.map(
          (plan) => html`<li>${plan.title} <span class="muted">(${humanize(plan.kind)}, planned for ${quarterLabel(plan.plannedFor)})</span></li>`,
        )}</ul>`
  }
  <p><a class="button" href="${webPaths.log}?country=${country.code}">Log a milestone for ${country.nameInSentence}</a></p>
</section>`;
}

function countValue(value: number | Readonly<Record<string, number>>): string {
  if (typeof value === 'number') return String(value);
  const entries = Object.entries(value);
  return entries.length === 0 ? 'none' : entries.map(([key, count]) => `${key} (${count})`).join(', ');
}

function timelineEntry(country: CountryInfo, entry: TimelineEntry): SafeHtml {
  const badges = [
    entry.corrected?.length ? html`<span class="badge corrected">Corrected</span>` : '',
    entry.retracted ? html`<span class="badge retracted">Retracted</span>` : '',
  ];
  return html`<li id="event-${entry.eventId}" class="${entry.retracted ? 'retracted' : ''}" data-type="${entry.type}">
  <p><span class="when">${entry.date}</span> · <span class="type">${humanize(entry.type)}</span>${badges}</p>
  <p class="summary">${entry.summary}</p>
  <p class="recorded">Recorded by ${entry.recordedBy} on <time datetime="${entry.recordedAt}">${formatRecordedAt(entry.recordedAt)}</time></p>
  ${amendments(entry)}
  ${!entry.retracted && formRecording(entry.type) ? revisionLinks(country, entry) : ''}
</li>`;
}

function amendments(entry: TimelineEntry): SafeHtml {
  const corrections = (entry.corrected ?? []).map(
    (correction) => html`<div class="amendment">
    <strong>Corrected</strong> by ${correction.correctedBy} on ${formatRecordedAt(correction.correctedAt)}: ${correction.reason}
    <br><span class="muted">Changed ${describeChanges(correction.changes, correction.previous)}</span>
  </div>`,
  );
  const retraction = entry.retracted
    ? html`<div class="amendment retraction">
    <strong>Retracted</strong> by ${entry.retracted.retractedBy} on ${formatRecordedAt(entry.retracted.retractedAt)}: ${entry.retracted.reason}
  </div>`
    : '';
  return html`${corrections}${retraction}`;
}

function revisionLinks(country: CountryInfo, entry: TimelineEntry): SafeHtml {
  const query = { country: country.code, eventId: entry.eventId };
  const which = html`<span class="visually-hidden"> ${entry.date} ${entry.summary}</span>`;
  return html`<p class="entry-actions">
    <a href="${webPaths.logForm('correct-milestone', query)}">Correct${which}</a>
    <a href="${webPaths.logForm('retract-milestone', query)}">Retract${which}</a>
  </p>`;
}

const shown = (value: unknown) => (value === undefined ? 'nothing' : Array.isArray(value) ? value.join(', ') : String(value));

function describeChanges(changes: object, previous: object): string {
  const before = previous as Record<string, unknown>;
  return Object.entries(changes)
    .map(([field, value]) => `${humanize(field).toLowerCase()} from ${shown(before[field])} to ${shown(value)}`)
    .join('; ');
}
