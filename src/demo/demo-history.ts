import type { DemoActivity } from './demo-activities';

const FRAMEWORK = 'Technical assistance on a national child online protection framework';
const DRAFT = 'Draft National Child Online Protection Framework';
const WESTERN_SYDNEY_UNIVERSITY = 'Western Sydney University';

const AFRICAN_WORKSHOP_COUNTRIES = [
  'BEN', 'BWA', 'BFA', 'CMR', 'CIV', 'COD', 'ETH', 'GHA', 'KEN', 'LSO', 'MWI',
  'MUS', 'MOZ', 'NAM', 'NGA', 'RWA', 'SEN', 'SWZ', 'TZA', 'UGA', 'ZMB',
];

/**
 * Illustrative earlier history (2020 to September 2024), so that the map shows every stage and the
 * Q4 2024 activities have the assistance they build on. Not taken from a report.
 */
export const DEMO_HISTORY: readonly DemoActivity[] = [
  { command: 'translate-guidelines', country: 'ARM', payload: { date: '2020-11-17', language: 'Armenian' } },
  { command: 'initiate-assistance', country: 'SLE', payload: { date: '2021-03-15', summary: FRAMEWORK } },
  { command: 'initiate-assistance', country: 'GMB', payload: { date: '2021-06-08', summary: FRAMEWORK } },
  { command: 'initiate-assistance', country: 'ZMB', payload: { date: '2021-09-21', summary: FRAMEWORK } },
  { command: 'initiate-assistance', country: 'MLT', payload: { date: '2022-02-09', summary: FRAMEWORK } },
  { command: 'initiate-assistance', country: 'BDI', payload: { date: '2022-05-17', summary: FRAMEWORK } },
  { command: 'draft-framework', country: 'SLE', payload: { date: '2022-06-14', title: DRAFT } },
  { command: 'initiate-assistance', country: 'MDV', payload: { date: '2022-09-13', summary: FRAMEWORK } },
  { command: 'draft-framework', country: 'ZMB', payload: { date: '2022-10-18', title: DRAFT } },
  { command: 'draft-framework', country: 'GMB', payload: { date: '2022-11-22', title: DRAFT } },
  { command: 'initiate-assistance', country: 'BHS', payload: { date: '2023-04-18', summary: FRAMEWORK } },
  {
    command: 'adopt-framework',
    country: 'SLE',
    payload: { date: '2023-05-09', instrument: 'Approval of the national child online protection framework by Cabinet' },
  },
  {
    command: 'hold-training',
    country: 'ZMB',
    payload: {
      date: '2023-06-20',
      title: 'Training of Trainers for Educators',
      audience: 'educators',
      format: 'training-of-trainers',
      participants: 35,
    },
  },
  { command: 'initiate-assistance', country: 'SUR', payload: { date: '2023-07-11', summary: FRAMEWORK } },
  {
    command: 'translate-guidelines',
    country: 'IDN',
    payload: { date: '2023-08-22', language: 'Indonesian', guidelines: 'Guidelines for Children' },
  },
  {
    command: 'adopt-framework',
    country: 'GMB',
    payload: { date: '2023-09-19', instrument: 'Validation of the national child online protection framework' },
  },
  { command: 'draft-framework', country: 'BDI', payload: { date: '2023-10-24', title: DRAFT } },
  { command: 'draft-framework', country: 'MDV', payload: { date: '2023-11-07', title: DRAFT } },
  {
    command: 'hold-event',
    country: 'MDV',
    payload: { date: '2024-02-06', title: 'Safer Internet Day awareness campaign', kind: 'awareness-campaign', role: 'participated' },
  },
  {
    command: 'adopt-framework',
    country: 'ZMB',
    payload: { date: '2024-02-13', instrument: 'Adoption of the national child online protection framework' },
  },
  {
    command: 'hold-training',
    country: 'GMB',
    payload: { date: '2024-02-20', title: 'Child online protection workshop for the police', audience: 'police', format: 'workshop', participants: 40 },
  },
  { command: 'establish-child-taskforce', country: 'IDN', payload: { date: '2024-03-12', partner: WESTERN_SYDNEY_UNIVERSITY } },
  {
    command: 'complete-assistance',
    country: 'SLE',
    payload: { date: '2024-03-28', outcome: 'National child online protection framework adopted and handed over to the national focal points' },
  },
  { command: 'establish-child-taskforce', country: 'LBN', payload: { date: '2024-04-23', partner: WESTERN_SYDNEY_UNIVERSITY } },
  { command: 'establish-child-taskforce', country: 'MWI', payload: { date: '2024-05-21', partner: WESTERN_SYDNEY_UNIVERSITY } },
  {
    command: 'hold-regional-activity',
    payload: {
      countries: AFRICAN_WORKSHOP_COUNTRIES,
      date: '2024-06-18',
      kind: 'workshop',
      title: 'Regional Workshop on Child Online Protection for Africa',
      host: 'RWA',
      participants: 200,
    },
  },
  {
    command: 'complete-assistance',
    country: 'GMB',
    payload: { date: '2024-06-27', outcome: 'National child online protection framework adopted; police and educators trained' },
  },
  {
    command: 'adopt-framework',
    country: 'BDI',
    payload: { date: '2024-09-17', instrument: 'Adoption of the national child online protection framework' },
  },
];
