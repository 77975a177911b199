import type { MilestoneType } from '../country/domain/country.events';

export type FieldKind = 'date' | 'text' | 'textarea' | 'choice' | 'number' | 'checkbox' | 'lines' | 'quarter' | 'country';

/** One field of a milestone form; the catalogue of forms is in milestone-forms.ts. */
export type FormField = {
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  hint?: string;
  choices?: readonly string[];
  multiple?: boolean;
};

/** Where a form posts: one country's stream, a regional activity, or a revision of an earlier milestone. */
export type FormScope = 'country' | 'regional' | 'revision';

export type MilestoneForm = {
  command: string;
  title: string;
  description: string;
  scope: FormScope;
  records?: MilestoneType;
  fields: FormField[];
};

export const date = (label = 'Date it happened'): FormField => ({ name: 'date', label, kind: 'date', required: true });
export const text = (name: string, label: string, required = false, hint?: string): FormField => ({
  name,
  label,
  kind: 'text',
  required,
  hint,
});

export const choice = (name: string, label: string, choices: readonly string[], required = true): FormField => ({
  name,
  label,
  kind: 'choice',
  choices,
  required,
});

export const participants = (hint = 'How many people took part'): FormField => ({
  name: 'participants',
  label: 'Participants',
  kind: 'number',
  hint,
});
export const note: FormField = {
  name: 'note',
  label: 'Note',
  kind: 'textarea',
  hint: 'Optional free text for colleagues and the quarterly report',
};
export const reason: FormField = {
  name: 'reason',
  label: 'Reason',
  kind: 'textarea',
  required: true,
  hint: 'Why the record has to change',
};
