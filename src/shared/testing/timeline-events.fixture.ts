import { GivenEvent } from './projection-specification';

/** A training logged by amina for the Maldives, as the timeline specs give it. */
export const trainingOfTrainers: GivenEvent = {
  type: 'TrainingHeld',
  eventId: 'tot',
  actor: 'amina',
  recordedAt: '2024-12-03T10:00:00.000Z',
  data: { country: 'MDV', date: '2024-11-12', title: 'Training of Trainers for Educators', audience: 'educators', participants: 25 },
};
