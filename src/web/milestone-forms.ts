import {
  EVENT_KINDS,
  EVENT_ROLES,
  MilestoneType,
  PLANNED_ACTIVITY_KINDS,
  TRAINING_AUDIENCES,
  TRAINING_FORMATS,
} from '../country/domain/country.events';
import { REGIONAL_ACTIVITY_KINDS } from '../regional-activity/regional-activity.events';
import { choice, date, FormField, MilestoneForm, note, participants, reason, text } from './milestone-form.model';

export type { FieldKind, FormField, FormScope, MilestoneForm } from './milestone-form.model';

const countryForm = (
  command: string,
  records: MilestoneType,
  title: string,
  description: string,
  fields: FormField[],
): MilestoneForm => ({ command, records, title, description, scope: 'country', fields: [...fields, note] });

/** One form per command; the choices come from the same constants the API validates against. */
export const MILESTONE_FORMS: MilestoneForm[] = [
  countryForm(
    'initiate-assistance',
    'AssistanceInitiated',
    'Initiate assistance',
    'ITU started technical assistance in the country.',
    [
      date(),
      text('summary', 'Summary'),
    ],
  ),
  countryForm(
    'draft-framework',
    'FrameworkDrafted',
    'Deliver a draft framework',
    'A draft national COP framework was delivered.',
    [
      date(),
      text('title', 'Title of the draft'),
    ],
  ),
  countryForm(
    'adopt-framework',
    'FrameworkAdopted',
    'Adopt the framework',
    'The country adopted its national COP framework.',
    [
      date(),
      text('instrument', 'Instrument', false, 'The legal or policy act that adopted it'),
    ],
  ),
  countryForm(
    'complete-assistance',
    'AssistanceCompleted',
    'Complete assistance',
    'The technical assistance was closed, with its outcome.',
    [
      date(),
      { name: 'outcome', label: 'Outcome', kind: 'textarea', required: true },
    ],
  ),
  countryForm('hold-training', 'TrainingHeld', 'Hold a training', 'A training took place in the country.', [
    date(),
    text('title', 'Title', true),
    choice('audience', 'Audience', TRAINING_AUDIENCES),
    choice('format', 'Format', TRAINING_FORMATS, false),
    participants(),
    { name: 'partners', label: 'Partners', kind: 'lines', hint: 'One partner per line' },
  ]),
  countryForm(
    'translate-guidelines',
    'GuidelinesTranslated',
    'Translate the guidelines',
    'The COP Guidelines were translated, and maybe officially presented.',
    [
      date(),
      text('language', 'Language', true),
      text('guidelines', 'Guideline set', false, 'e.g. Guidelines for Parents and Educators'),
      { name: 'presented', label: 'Officially presented', kind: 'checkbox' },
    ],
  ),
  countryForm(
    'establish-child-taskforce',
    'ChildTaskforceEstablished',
    'Establish a child taskforce',
    'A national child taskforce was set up.',
    [
      date(),
      text('partner', 'Partner', false, 'e.g. a university'),
    ],
  ),
  countryForm(
    'hold-child-consultation',
    'ChildConsultationHeld',
    'Hold a child consultation',
    'A consultation workshop with a child taskforce was completed.',
    [
      date(),
      text('partner', 'Partner'),
      participants('How many children took part'),
    ],
  ),
  countryForm(
    'hold-event',
    'EventHeld',
    'Hold an event',
    'A national event, summit, seminar, awareness campaign or conference.',
    [
      date(),
      text('title', 'Title', true),
      choice('kind', 'Kind of event', EVENT_KINDS),
      choice('role', 'What ITU did', EVENT_ROLES),
    ],
  ),
  countryForm('plan-activity', 'ActivityPlanned', 'Plan an activity', 'An activity is planned for a coming quarter.', [
    { name: 'plannedFor', label: 'Planned for', kind: 'quarter', required: true },
    choice('kind', 'Kind of activity', PLANNED_ACTIVITY_KINDS),
    text('title', 'Title', true),
  ]),
  {
    command: 'regional-activity',
    title: 'Hold a regional activity',
    description: 'One workshop or conference with several countries, logged once.',
    scope: 'regional',
    fields: [
      {
        name: 'countries',
        label: 'Participating countries',
        kind: 'country',
        multiple: true,
        required: true,
        hint: 'Hold Ctrl (or Cmd) to choose several',
      },
      date(),
      choice('kind', 'Kind of activity', REGIONAL_ACTIVITY_KINDS),
      text('title', 'Title', true),
      { name: 'host', label: 'Host country', kind: 'country' },
      participants(),
      note,
    ],
  },
  {
    command: 'correct-milestone',
    title: 'Correct a milestone',
    description: 'Fix fields of an earlier milestone; the original is kept.',
    scope: 'revision',
    fields: [reason, note],
  },
  {
    command: 'retract-milestone',
    title: 'Retract a milestone',
    description: 'Withdraw a milestone that should not have been logged; it stays visible as retracted.',
    scope: 'revision',
    fields: [reason, note],
  },
];

export const formFor = (command: string): MilestoneForm | undefined => MILESTONE_FORMS.find((form) => form.command === command);

export const formRecording = (type: string): MilestoneForm | undefined => MILESTONE_FORMS.find((form) => form.records === type);

export const apiPathOf = (form: MilestoneForm): string =>
  form.scope === 'regional' ? '/api/regional-activities' : `/api/countries/{country}/${form.command}`;
