/** What a field accepts, which decides how to break it. */
export type FieldKind =
  | 'date'
  | 'quarter'
  | 'text'
  | 'enum'
  | 'uuid'
  | 'country-code'
  | 'integer'
  | 'boolean'
  | 'text-list'
  | 'country-list'
  | 'changes';

export type CommandSpec = {
  name: string;
  path: string;
  valid: Record<string, unknown>;
  fields: Record<string, FieldKind>;
  required: string[];
};

const NEXT_YEAR_QUARTER = `${new Date().getUTCFullYear() + 1}-Q2`;
const COUNTRY = 'KEN';
const countryPath = (command: string) => `/api/countries/${COUNTRY}/${command}`;
const noted = { note: 'text' } as const;

/** Every command of the API with a body it accepts; `milestoneId` is a recorded TrainingHeld of KEN. */
export function commandCatalogue(milestoneId: string): CommandSpec[] {
  return [
    { name: 'initiate-assistance', path: countryPath('initiate-assistance'), valid: { date: '2024-10-15', summary: 'National COP framework' }, fields: { date: 'date', summary: 'text', ...noted }, required: ['date'] },
    { name: 'draft-framework', path: countryPath('draft-framework'), valid: { date: '2024-11-20', title: 'Draft National COP Framework' }, fields: { date: 'date', title: 'text', ...noted }, required: ['date'] },
    { name: 'adopt-framework', path: countryPath('adopt-framework'), valid: { date: '2024-11-28', instrument: 'Council of Ministers decision' }, fields: { date: 'date', instrument: 'text', ...noted }, required: ['date'] },
    { name: 'complete-assistance', path: countryPath('complete-assistance'), valid: { date: '2024-11-30', outcome: 'Framework adopted' }, fields: { date: 'date', outcome: 'text', ...noted }, required: ['date', 'outcome'] },
    {
      name: 'hold-training',
      path: countryPath('hold-training'),
      valid: { date: '2024-11-12', title: 'Training of Trainers for Educators', audience: 'educators', format: 'workshop', participants: 30, partners: ['Ministry of Education'] },
      fields: { date: 'date', title: 'text', audience: 'enum', format: 'enum', participants: 'integer', partners: 'text-list', ...noted },
      required: ['date', 'title', 'audience'],
    },
    {
      name: 'translate-guidelines',
      path: countryPath('translate-guidelines'),
      valid: { date: '2024-11-05', language: 'Swahili', guidelines: 'COP Guidelines for Parents and Educators', presented: true },
      fields: { date: 'date', language: 'text', guidelines: 'text', presented: 'boolean', ...noted },
      required: ['date', 'language'],
    },
    { name: 'establish-child-taskforce', path: countryPath('establish-child-taskforce'), valid: { date: '2024-10-01', partner: 'University of Nairobi' }, fields: { date: 'date', partner: 'text', ...noted }, required: ['date'] },
    {
      name: 'hold-child-consultation',
      path: countryPath('hold-child-consultation'),
      valid: { date: '2024-10-20', partner: 'University of Nairobi', participants: 24 },
      fields: { date: 'date', partner: 'text', participants: 'integer', ...noted },
      required: ['date'],
    },
    {
      name: 'hold-event',
      path: countryPath('hold-event'),
      valid: { date: '2024-11-14', title: 'National COP Summit', kind: 'summit', role: 'contributed' },
      fields: { date: 'date', title: 'text', kind: 'enum', role: 'enum', ...noted },
      required: ['date', 'title', 'kind', 'role'],
    },
    {
      name: 'plan-activity',
      path: countryPath('plan-activity'),
      valid: { plannedFor: NEXT_YEAR_QUARTER, kind: 'training', title: 'Training of Trainers for Police' },
      fields: { plannedFor: 'quarter', kind: 'enum', title: 'text', ...noted },
      required: ['plannedFor', 'kind', 'title'],
    },
    {
      name: 'correct-milestone',
      path: countryPath('correct-milestone'),
      valid: { eventId: milestoneId, changes: { participants: 31 }, reason: 'The attendance sheet counted 31' },
      fields: { eventId: 'uuid', changes: 'changes', reason: 'text', ...noted },
      required: ['eventId', 'changes', 'reason'],
    },
    {
      name: 'retract-milestone',
      path: countryPath('retract-milestone'),
      valid: { eventId: milestoneId, reason: 'Logged for the wrong country' },
      fields: { eventId: 'uuid', reason: 'text', ...noted },
      required: ['eventId', 'reason'],
    },
    {
      name: 'regional-activities',
      path: '/api/regional-activities',
      valid: { countries: ['KEN', 'GH', 'nga'], date: '2024-11-26', kind: 'workshop', title: 'Regional COP Workshop for Africa', host: 'KEN', participants: 200 },
      fields: { countries: 'country-list', date: 'date', kind: 'enum', title: 'text', host: 'country-code', participants: 'integer', ...noted },
      required: ['countries', 'date', 'kind', 'title'],
    },
  ];
}
