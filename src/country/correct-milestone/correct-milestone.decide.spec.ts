import { BusinessRuleViolated } from '../../shared/domain-errors';
import { DeciderSpecification, GivenEvent } from '../../shared/testing/decider-specification';
import { CountryEvent } from '../domain/country.events';
import { CountryState, evolveCountry, initialCountryState } from '../domain/country.state';
import { traceMilestone } from '../domain/milestone-revision';
import { CorrectMilestoneCommand } from './correct-milestone.command';
import { decideCorrectMilestone } from './correct-milestone.decide';
import { CorrectMilestoneRequestDto } from './correct-milestone.request.dto';

const given = DeciderSpecification.for<CorrectMilestoneCommand, CountryEvent, CountryState>({
  decide: (command, state, history) => decideCorrectMilestone(command, state, traceMilestone(command.payload.eventId, history)),
  evolve: evolveCountry,
  initialState: initialCountryState,
});

const CONTEXT = {
  now: '2024-12-03T10:00:00.000Z',
  actor: 'officer',
  commandId: 'c1',
  correlationId: 'c1',
  causationId: 'c1',
  requestHash: 'h',
};

const TRAINING = '6f1c2a3e-0000-4000-8000-000000000001';
const DRAFT = '6f1c2a3e-0000-4000-8000-000000000002';
const ADOPTION = '6f1c2a3e-0000-4000-8000-000000000003';
const PLAN = '6f1c2a3e-0000-4000-8000-000000000004';
const SECOND_DRAFT = '6f1c2a3e-0000-4000-8000-000000000005';

const training: GivenEvent<CountryEvent> = {
  eventId: TRAINING,
  type: 'TrainingHeld',
  data: {
    country: 'MDV',
    date: '2024-11-12',
    title: 'Training of Trainers for Educators',
    audience: 'educators',
    participants: 25,
  },
};
const draft = (date: string, eventId = DRAFT): GivenEvent<CountryEvent> => ({
  eventId,
  type: 'FrameworkDrafted',
  data: { country: 'MDV', date },
});
const adoption: GivenEvent<CountryEvent> = {
  eventId: ADOPTION,
  type: 'FrameworkAdopted',
  data: { country: 'MDV', date: '2024-06-01' },
};
const plan: GivenEvent<CountryEvent> = {
  eventId: PLAN,
  type: 'ActivityPlanned',
  data: { country: 'MDV', date: '2024-11-01', plannedFor: '2025-Q1', kind: 'training', title: 'Training for Police' },
};
const retraction = (eventId: string, previous: GivenEvent<CountryEvent>): GivenEvent<CountryEvent> => ({
  type: 'MilestoneRetracted',
  data: { country: 'MDV', eventId, milestoneType: 'TrainingHeld', previous: previous.data as never, reason: 'logged twice' },
});

const correct = (eventId: string, changes: Record<string, unknown>, note?: string) =>
  new CorrectMilestoneCommand(
    'MDV',
    Object.assign(new CorrectMilestoneRequestDto(), { eventId, changes, reason: 'The date was misreported', note }),
    CONTEXT,
  );

describe('correct milestone', () => {
  it('records the fix with the milestone as it stood and the reason', () =>
    given([training])
      .when(correct(TRAINING, { date: '2024-11-13', participants: 30 }, 'Confirmed with the trainer'))
      .then([
        {
          type: 'MilestoneCorrected',
          data: {
            country: 'MDV',
            eventId: TRAINING,
            milestoneType: 'TrainingHeld',
            previous: training.data as never,
            changes: { date: '2024-11-13', participants: 30 },
            reason: 'The date was misreported',
            note: 'Confirmed with the trainer',
          },
        },
      ]));

  it('keeps only the fields that really change', () =>
    given([training])
      .when(correct(TRAINING, { date: '2024-11-12', title: 'Training of Trainers for Teachers' }))
      .then([
        {
          type: 'MilestoneCorrected',
          data: {
            country: 'MDV',
            eventId: TRAINING,
            milestoneType: 'TrainingHeld',
            previous: training.data as never,
            changes: { title: 'Training of Trainers for Teachers' },
            reason: 'The date was misreported',
          },
        },
      ]));

  it('corrects a milestone again, starting from its corrected data', () =>
    given([
      training,
      {
        type: 'MilestoneCorrected',
        data: {
          country: 'MDV',
          eventId: TRAINING,
          milestoneType: 'TrainingHeld',
          previous: training.data as never,
          changes: { participants: 30 },
          reason: 'count',
        },
      },
    ])
      .when(correct(TRAINING, { participants: 31 }))
      .then([
        {
          type: 'MilestoneCorrected',
          data: {
            country: 'MDV',
            eventId: TRAINING,
            milestoneType: 'TrainingHeld',
            previous: { ...training.data, participants: 30 } as never,
            changes: { participants: 31 },
            reason: 'The date was misreported',
          },
        },
      ]));

  it('rejects an eventId that is not a milestone of the country', () =>
    given([training])
      .when(correct('6f1c2a3e-0000-4000-8000-0000000000ff', { participants: 30 }))
      .thenThrows(BusinessRuleViolated, /No milestone with eventId 6f1c2a3e-0000-4000-8000-0000000000ff/));

  it('rejects correcting a retracted milestone', () =>
    given([training, retraction(TRAINING, training)])
      .when(correct(TRAINING, { participants: 30 }))
      .thenThrows(BusinessRuleViolated, /was retracted/));

  it('rejects changes that change nothing', () =>
    given([training])
      .when(correct(TRAINING, { date: '2024-11-12', participants: 25 }))
      .thenThrows(BusinessRuleViolated, /leave milestone .* as it is/));

  it('rejects moving a milestone into the future', () =>
    given([training]).when(correct(TRAINING, { date: '2024-12-04' })).thenThrows(BusinessRuleViolated, /in the future/));

  it('rejects moving a milestone before 2008', () =>
    given([training]).when(correct(TRAINING, { date: '2007-01-01' })).thenThrows(BusinessRuleViolated, /before 2008-01-01/));

  it('rejects moving a plan into a quarter that has ended', () =>
    given([plan]).when(correct(PLAN, { plannedFor: '2024-Q3' })).thenThrows(BusinessRuleViolated, /already ended/));

  it('moves a plan to a later quarter', () =>
    given([plan])
      .when(correct(PLAN, { plannedFor: '2025-Q2' }))
      .then([
        {
          type: 'MilestoneCorrected',
          data: {
            country: 'MDV',
            eventId: PLAN,
            milestoneType: 'ActivityPlanned',
            previous: plan.data as never,
            changes: { plannedFor: '2025-Q2' },
            reason: 'The date was misreported',
          },
        },
      ]));

  it('rejects moving an adoption before the draft', () =>
    given([draft('2024-03-01'), adoption])
      .when(correct(ADOPTION, { date: '2024-02-01' }))
      .thenThrows(BusinessRuleViolated, /cannot be adopted before it was drafted/));

  it('rejects moving the only draft after the adoption', () =>
    given([draft('2024-03-01'), adoption])
      .when(correct(DRAFT, { date: '2024-07-01' }))
      .thenThrows(BusinessRuleViolated, /adopted on 2024-06-01/));

  it('moves a draft after the adoption when an earlier draft remains', () =>
    given([draft('2024-01-15', SECOND_DRAFT), draft('2024-03-01'), adoption])
      .when(correct(DRAFT, { date: '2024-07-01' }))
      .then([
        {
          type: 'MilestoneCorrected',
          data: {
            country: 'MDV',
            eventId: DRAFT,
            milestoneType: 'FrameworkDrafted',
            previous: { country: 'MDV', date: '2024-03-01' },
            changes: { date: '2024-07-01' },
            reason: 'The date was misreported',
          },
        },
      ]));
});
