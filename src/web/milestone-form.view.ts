import { html, SafeHtml } from './html-template';
import { CountryOption, FieldContext, renderField } from './form-field.view';
import { apiPathOf, FormField, MilestoneForm } from './milestone-forms';
import { renderPage } from './page-layout.view';
import { TimelineEntry } from './web-api.client';
import { webPaths } from './web-routes';

export type MilestoneFormModel = {
  form: MilestoneForm;
  idempotencyKey: string;
  countries: CountryOption[];
  country?: CountryOption;
  quarters: string[];
  today: string;
  /** For corrections and retractions: the milestone being revised, or the ones to choose from. */
  target?: TimelineEntry;
  candidates?: TimelineEntry[];
  correctable?: FormField[];
};

export function renderMilestoneForm(model: MilestoneFormModel): string {
  const { form } = model;
  const body = html`
<p><a href="${webPaths.log}${model.country ? `?country=${model.country.code}` : ''}">← All milestone forms</a></p>
<h1>${form.title}${model.country ? html` <span class="muted">· ${model.country.name}</span>` : ''}</h1>
<p>${form.description}</p>
${form.scope === 'revision' && !model.target ? chooseTarget(model) : postForm(model)}`;
  return renderPage({ title: form.title, section: 'log', body, scripts: ['milestone-form.js'] });
}

function postForm(model: MilestoneFormModel): SafeHtml {
  const { form, target } = model;
  const context: FieldContext = { countries: model.countries, quarters: model.quarters, today: model.today };
  return html`
<div id="form-summary" class="notice error" role="alert" tabindex="-1" hidden></div>
<div id="form-success" class="notice success" role="status" tabindex="-1" hidden></div>
<form class="milestone card" novalidate data-command="${form.command}" data-endpoint="${apiPathOf(form)}"
      data-idempotency-key="${model.idempotencyKey}" data-timeline="${webPaths.country('{country}')}">
  ${form.scope === 'regional' ? '' : countryField(model)}
  ${target ? targetSummary(target) : ''}
  ${(model.correctable ?? []).map((field) => {
    const current = (target?.data as Record<string, unknown>)[field.name];
    return renderField(field, { ...context, initial: { value: current } }, `changes.${field.name}`);
  })}
  ${form.fields.map((field) => renderField(field, context))}
  <button type="submit">${form.title}</button>
</form>`;
}

function countryField(model: MilestoneFormModel): SafeHtml {
  if (model.form.scope === 'revision' && model.country) {
    return html`<input type="hidden" id="field-country" name="country" data-route="country" value="${model.country.code}">`;
  }
  return renderField(
    { name: 'country', label: 'Country', kind: 'country', required: true },
    { countries: model.countries, quarters: [], today: model.today, selected: model.country?.code, inPath: true },
  );
}

function targetSummary(entry: TimelineEntry): SafeHtml {
  return html`<div class="field">
  <input type="hidden" name="eventId" data-field="eventId" data-kind="text" value="${entry.eventId}">
  <p><strong>Milestone:</strong> ${entry.date} — ${entry.summary}</p>
  <span class="field-error" id="field-eventId-error" data-error-for="eventId"></span>
</div>`;
}

function chooseTarget(model: MilestoneFormModel): SafeHtml {
  if (!model.country) {
    return html`<form class="milestone card" method="get">
  ${renderField(
    { name: 'country', label: 'Country', kind: 'country', required: true },
    { countries: model.countries, quarters: [], today: model.today },
  )}
  <button type="submit">Show its milestones</button>
</form>`;
  }
  const candidates = model.candidates ?? [];
  if (candidates.length === 0) {
    return html`<p class="notice">${model.country.name} has no milestone that can be revised.</p>`;
  }
  return html`<form class="milestone card" method="get">
  <input type="hidden" name="country" value="${model.country.code}">
  <div class="field"><label for="field-eventId">Milestone</label>
    <select id="field-eventId" name="eventId">${candidates.map(
      (entry) => html`<option value="${entry.eventId}">${entry.date} — ${entry.summary}</option>`,
    )}</select>
  </div>
  <button type="submit">Continue</button>
</form>`;
}

export function upcomingQuarters(today: string, count = 8): string[] {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  return Array.from({ length: count }, (_, offset) => {
    const index = quarter + offset;
    return `${year + Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  });
}
