import { TrackerEvent } from '../tracker-events';

export type DataOf = { [Type in TrackerEvent['type']]: Extract<TrackerEvent, { type: Type }>['data'] };

/** One event of every type; the mapped type makes this fail to compile when a new event type is added. */
export const EVERY_EVENT_TYPE: DataOf = {
  AssistanceInitiated: { country: 'MLT', date: '2024-01-15', summary: 'Kick-off' },
  FrameworkDrafted: { country: 'MLT', date: '2024-03-01', title: 'National COP framework' },
  FrameworkAdopted: { country: 'MLT', date: '2024-06-01', instrument: 'Cabinet decision' },
  AssistanceCompleted: { country: 'MLT', date: '2024-12-01', outcome: 'Framework in force' },
  TrainingHeld: {
    country: 'MDV',
    date: '2024-11-12',
    title: 'Training of Trainers for Educators',
    audience: 'educators',
    format: 'training-of-trainers',
    participants: 30,
    partners: ['UNICEF'],
    note: 'Held in Malé',
  },
  GuidelinesTranslated: { country: 'AND', date: '2024-02-02', language: 'ca', guidelines: 'parents', presented: true },
  ChildTaskforceEstablished: { country: 'AND', date: '2024-04-04', partner: 'University of Andorra' },
  ChildConsultationHeld: { country: 'AND', date: '2024-05-05', partner: 'University of Andorra', participants: 25 },
  EventHeld: { country: 'MDV', date: '2024-09-09', title: 'National COP Summit', kind: 'summit', role: 'contributed' },
  ActivityPlanned: {
    country: 'ECU',
    date: '2024-12-10',
    plannedFor: '2025-Q1',
    kind: 'training',
    title: 'Police training',
  },
  MilestoneCorrected: {
    country: 'MDV',
    eventId: 'evt-training',
    milestoneType: 'TrainingHeld',
    previous: { country: 'MDV', date: '2024-11-12', title: 'ToT', audience: 'educators' },
    changes: { participants: 32 },
    reason: 'Attendance list arrived',
  },
  MilestoneRetracted: {
    country: 'MLT',
    eventId: 'evt-completed',
    milestoneType: 'AssistanceCompleted',
    previous: { country: 'MLT', date: '2024-12-01', outcome: 'Framework in force' },
    reason: 'Logged for the wrong country',
  },
  RegionalActivityHeld: {
    activityId: 'africa-2024',
    countries: ['KEN', 'GHA', 'NGA'],
    date: '2024-10-10',
    kind: 'workshop',
    title: 'Regional COP workshop',
    participants: 200,
  },
  QuarterlyReportPublished: {
    quarter: '2024-Q4',
    asOf: '2025-01-05T09:00:00.000Z',
    format: 'docx',
    contentHash: 'abc123',
    throughPosition: 42,
    through: { streamName: 'country-MLT', revision: 6 },
  },
};
