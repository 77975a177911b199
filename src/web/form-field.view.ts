import { html, humanize, SafeHtml } from './html-template';
import { FormField } from './milestone-form.model';

export type CountryOption = { code: string; name: string };

export type FieldContext = {
  countries: CountryOption[];
  quarters: string[];
  today: string;
  /** Set for corrections: the field is named `changes.<name>`, optional, and starts at the milestone's value. */
  initial?: { value: unknown };
  selected?: string;
  /** The value goes into the request path (the country), not the JSON body. */
  inPath?: boolean;
};

export const fieldId = (name: string) => `field-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;

export const quarterLabel = (quarter: string) => quarter.replace(/^(\d{4})-(Q[1-4])$/, '$2 $1');

export function renderField(field: FormField, context: FieldContext, name = field.name): SafeHtml {
  const id = fieldId(name);
  const required = field.required && !context.initial;
  const describedBy = [field.hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');
  const role = context.inPath ? html`data-route="${name}"` : html`data-field="${name}"`;
  const common = html`id="${id}" name="${name}" ${role} data-kind="${field.kind}" aria-describedby="${describedBy}"${
    required ? html` aria-required="true"` : ''
  }${context.initial ? html` data-initial="${JSON.stringify(context.initial.value ?? null)}"` : ''}`;
  const hint = field.hint ? html`<span class="hint" id="${id}-hint">${field.hint}</span>` : '';
  const error = html`<span class="field-error" id="${id}-error" data-error-for="${name}"></span>`;
  if (field.kind === 'checkbox') {
    return html`<div class="field"><label class="checkbox"><input type="checkbox" ${common}${
      context.initial?.value === true ? html` checked` : ''
    }> ${field.label}</label>${hint}${error}</div>`;
  }
  const label = html`<label for="${id}">${field.label}${required ? html` <span class="required" aria-hidden="true">*</span>` : ''}</label>`;
  return html`<div class="field">${label}${hint}${control(field, context, common)}${error}</div>`;
}

function control(field: FormField, context: FieldContext, common: SafeHtml): SafeHtml {
  const value = context.initial?.value;
  const text = value === undefined || value === null ? '' : String(value);
  switch (field.kind) {
    case 'date':
      return html`<input type="date" ${common} max="${context.today}" value="${text}">`;
    case 'text':
      return html`<input type="text" ${common} value="${text}">`;
    case 'number':
      return html`<input type="number" inputmode="numeric" min="1" step="1" ${common} value="${text}">`;
    case 'textarea':
      return html`<textarea ${common}>${text}</textarea>`;
    case 'lines':
      return html`<textarea ${common}>${Array.isArray(value) ? value.join('\n') : text}</textarea>`;
    case 'choice':
      return select(common, field.choices ?? [], (choice) => humanize(choice), text, !field.required || Boolean(context.initial));
    case 'quarter':
      return select(common, context.quarters, quarterLabel, text, false);
    case 'country':
      return field.multiple
        ? html`<select multiple size="10" ${common}>${context.countries.map((c) => option(c.code, `${c.name} (${c.code})`, false))}</select>`
        : html`<select ${common}><option value="">Choose a country</option>${context.countries.map((c) =>
            option(c.code, `${c.name} (${c.code})`, c.code === (context.selected ?? text)),
          )}</select>`;
    case 'checkbox':
      return html``;
    default: {
      const unknownKind: never = field.kind;
      return unknownKind;
    }
  }
}

function select(
  common: SafeHtml,
  values: readonly string[],
  label: (value: string) => string,
  selected: string,
  blank: boolean,
): SafeHtml {
  return html`<select ${common}>${blank || !selected ? html`<option value="">Choose…</option>` : ''}${values.map((value) =>
    option(value, label(value), value === selected),
  )}</select>`;
}

const option = (value: string, label: string, selected: boolean) =>
  html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;
