import type { DemoActivity } from './demo-activities';

const WESTERN_SYDNEY_UNIVERSITY = 'Western Sydney University';

/** Section 1 and 2.1 of the COP Initiative status report for October–December 2024 (shared/seeds). */
export const DEMO_ACTIVITIES_2024_Q4: readonly DemoActivity[] = [
  {
    command: 'initiate-assistance',
    country: 'AND',
    payload: { date: '2024-10-15', summary: 'Technical assistance on a national child online protection framework' },
  },
  {
    command: 'hold-training',
    country: 'MLT',
    payload: {
      date: '2024-10-24',
      title: 'Capacity building of the national police force on child online protection',
      audience: 'police',
      format: 'course',
      participants: 40,
      note: 'In Malta, ITU supported the capacity building of national police force.',
    },
  },
  {
    command: 'hold-child-consultation',
    country: 'IDN',
    payload: { date: '2024-10-29', partner: WESTERN_SYDNEY_UNIVERSITY },
  },
  {
    command: 'hold-training',
    country: 'ECU',
    payload: {
      date: '2024-10-30',
      title: 'Training webinar for young coaches on child online protection in sport',
      audience: 'coaches',
      format: 'webinar',
      participants: 35,
      partners: ['Scort Foundation'],
      note:
        'In Ecuador, in collaboration with the Scort Foundation, and in the context of ITU’s efforts in building the capacity of relevant stakeholders on child online protection, a training webinar for young coaches was held.',
    },
  },
  {
    command: 'initiate-assistance',
    country: 'SWZ',
    payload: { date: '2024-11-05', summary: 'Technical assistance on a national child online protection framework' },
  },
  {
    command: 'hold-training',
    country: 'MDV',
    payload: {
      date: '2024-11-12',
      title: 'Training of Trainers for Educators',
      audience: 'educators',
      format: 'training-of-trainers',
      participants: 28,
    },
    loggedOn: '2024-12-03',
  },
  {
    command: 'hold-child-consultation',
    country: 'LBN',
    payload: { date: '2024-11-14', partner: WESTERN_SYDNEY_UNIVERSITY },
  },
  {
    command: 'translate-guidelines',
    country: 'MLT',
    payload: {
      date: '2024-11-19',
      language: 'Maltese',
      guidelines: 'COP Guidelines',
      presented: true,
      note: 'In Malta a national event was held, where stakeholders discussed the national child online protection effort, and the translated guidelines were officially presented.',
    },
  },
  {
    command: 'hold-child-consultation',
    country: 'MWI',
    payload: { date: '2024-11-26', partner: WESTERN_SYDNEY_UNIVERSITY },
  },
  {
    command: 'draft-framework',
    country: 'BHS',
    payload: { date: '2024-11-28', title: 'Draft National Child Online Protection Framework' },
  },
  {
    command: 'establish-child-taskforce',
    country: 'ECU',
    payload: { date: '2024-12-05', partner: WESTERN_SYDNEY_UNIVERSITY },
  },
  {
    command: 'draft-framework',
    country: 'SUR',
    payload: { date: '2024-12-10', title: 'Draft National Child Online Protection Framework' },
  },
  {
    command: 'plan-activity',
    country: 'ECU',
    payload: {
      plannedFor: '2025-Q1',
      kind: 'child-consultation',
      title: 'Consultation workshops with the newly established child taskforce',
    },
    loggedOn: '2024-12-16',
  },
];
