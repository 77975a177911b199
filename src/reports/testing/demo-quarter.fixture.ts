import type { GivenEvent } from './report-fixtures';

const WSU = 'Western Sydney University';

/** Section 1 of the 2024-Q4 seed report as plain events, plus a correction, for renderer specs. */
export const DEMO_QUARTER_EVENTS: GivenEvent[] = [
  { type: 'GuidelinesTranslated', data: { country: 'MLT', date: '2024-11-19', language: 'Maltese', presented: true } },
  { type: 'TrainingHeld', eventId: 'mdv-training', data: { country: 'MDV', date: '2024-11-12', title: 'Training of Trainers for Educators', audience: 'educators', participants: 20 } },
  { type: 'TrainingHeld', data: { country: 'MLT', date: '2024-10-24', title: 'Capacity building of the national police force', audience: 'police' } },
  { type: 'FrameworkDrafted', data: { country: 'BHS', date: '2024-11-28' } },
  { type: 'FrameworkDrafted', data: { country: 'SUR', date: '2024-12-10' } },
  { type: 'AssistanceInitiated', data: { country: 'AND', date: '2024-10-15' } },
  { type: 'AssistanceInitiated', data: { country: 'SWZ', date: '2024-11-05' } },
  { type: 'ChildConsultationHeld', data: { country: 'IDN', date: '2024-10-29', partner: WSU } },
  { type: 'ChildConsultationHeld', data: { country: 'LBN', date: '2024-11-14', partner: WSU } },
  { type: 'ChildConsultationHeld', data: { country: 'MWI', date: '2024-11-26', partner: WSU } },
  {
    type: 'ActivityPlanned',
    data: { country: 'ECU', date: '2024-12-16', plannedFor: '2025-Q1', kind: 'child-consultation', title: 'Consultation workshops with newly established child taskforces' },
  },
  {
    type: 'MilestoneCorrected',
    data: {
      country: 'MDV',
      eventId: 'mdv-training',
      milestoneType: 'TrainingHeld',
      previous: { country: 'MDV', date: '2024-11-12', title: 'Training of Trainers for Educators', audience: 'educators', participants: 20 },
      changes: { participants: 24 },
      reason: 'late sign-in sheet',
    },
  },
];
