import { BusinessRuleViolated } from '../../shared/domain-errors';
import { DeciderSpecification, GivenEvent } from '../../shared/testing/decider-specification';
import { CountryEvent } from '../domain/country.events';
import { CountryState, evolveCountry, initialCountryState } from '../domain/country.state';
import { traceMilestone } from '../domain/milestone-revision';
import { RetractMilestoneCommand } from './retract-milestone.command';
import { decideRetractMilestone } from './retract-milestone.decide';
import { RetractMilestoneRequestDto } from './retract-milestone.request.dto';

const given = DeciderSpecification.for<RetractMilestoneCommand, CountryEvent, CountryState>({
  decide: (command, state, history) => decideRetractMilestone(command, state, traceMilestone(command.payload.eventId, history)),
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

const CONSULTATION = '0b7e6d1a-0000-4000-8000-000000000001';
const DRAFT = '0b7e6d1a-0000-4000-8000-000000000002';
const ADOPTION = '0b7e6d1a-0000-4000-8000-000000000003';

const consultation: GivenEvent<CountryEvent> = {
  eventId: CONSULTATION,
  type: 'ChildConsultationHeld',
  data: { country: 'MLT', date: '2024-11-20', participants: 14 },
};
const stage = (eventId: string, type: 'FrameworkDrafted' | 'FrameworkAdopted', date: string): GivenEvent<CountryEvent> => ({
  eventId,
  type,
  data: { country: 'MLT', date },
});
const draft = stage(DRAFT, 'FrameworkDrafted', '2024-03-01');
const adoption = stage(ADOPTION, 'FrameworkAdopted', '2024-06-01');

const retract = (eventId: string, note?: string) =>
  new RetractMilestoneCommand(
    'MLT',
    Object.assign(new RetractMilestoneRequestDto(), { eventId, reason: 'Logged for the wrong country', note }),
    CONTEXT,
  );

const retracted = (eventId: string, milestone: GivenEvent<CountryEvent>): GivenEvent<CountryEvent> => ({
  type: 'MilestoneRetracted',
  data: {
    country: 'MLT',
    eventId,
    milestoneType: milestone.type as 'FrameworkAdopted',
    previous: milestone.data as never,
    reason: 'Logged for the wrong country',
  },
});

describe('retract milestone', () => {
  it('records the retraction with the milestone as it stood and the reason', () =>
    given([consultation])
      .when(retract(CONSULTATION, 'It was Malawi'))
      .then([
        {
          type: 'MilestoneRetracted',
          data: {
            country: 'MLT',
            eventId: CONSULTATION,
            milestoneType: 'ChildConsultationHeld',
            previous: { country: 'MLT', date: '2024-11-20', participants: 14 },
            reason: 'Logged for the wrong country',
            note: 'It was Malawi',
          },
        },
      ]));

  it('retracts a corrected milestone as it stands after the correction', () =>
    given([
      consultation,
      {
        type: 'MilestoneCorrected',
        data: {
          country: 'MLT',
          eventId: CONSULTATION,
          milestoneType: 'ChildConsultationHeld',
          previous: consultation.data as never,
          changes: { participants: 16 },
          reason: 'recount',
        },
      },
    ])
      .when(retract(CONSULTATION))
      .then([
        {
          type: 'MilestoneRetracted',
          data: {
            country: 'MLT',
            eventId: CONSULTATION,
            milestoneType: 'ChildConsultationHeld',
            previous: { country: 'MLT', date: '2024-11-20', participants: 16 },
            reason: 'Logged for the wrong country',
          },
        },
      ]));

  it('rejects retracting twice', () =>
    given([consultation, retracted(CONSULTATION, consultation)])
      .when(retract(CONSULTATION))
      .thenThrows(BusinessRuleViolated, /was retracted, so it cannot be retracted any more/));

  it('rejects an eventId that is not a milestone of the country', () =>
    given([consultation])
      .when(retract('0b7e6d1a-0000-4000-8000-0000000000ff'))
      .thenThrows(BusinessRuleViolated, /No milestone with eventId 0b7e6d1a-0000-4000-8000-0000000000ff is recorded for MLT/));

  it('rejects retracting the only draft of an adopted framework', () =>
    given([draft, adoption]).when(retract(DRAFT)).thenThrows(BusinessRuleViolated, /retract the adoption first/));

  it('retracts the draft once the adoption is retracted', () =>
    given([draft, adoption, retracted(ADOPTION, adoption)])
      .when(retract(DRAFT))
      .then([
        {
          type: 'MilestoneRetracted',
          data: {
            country: 'MLT',
            eventId: DRAFT,
            milestoneType: 'FrameworkDrafted',
            previous: { country: 'MLT', date: '2024-03-01' },
            reason: 'Logged for the wrong country',
          },
        },
      ]));
});
