import { BusinessRuleViolated } from '../../shared/domain-errors';
import { DeciderSpecification, GivenEvent } from '../../shared/testing/decider-specification';
import { CountryEvent } from '../domain/country.events';
import { CountryState, evolveCountry, initialCountryState } from '../domain/country.state';
import { InitiateAssistanceCommand } from './initiate-assistance.command';
import { decideInitiateAssistance } from './initiate-assistance.decide';
import { InitiateAssistanceRequestDto } from './initiate-assistance.request.dto';

const given = DeciderSpecification.for<InitiateAssistanceCommand, CountryEvent, CountryState>({
  decide: decideInitiateAssistance,
  evolve: evolveCountry,
  initialState: initialCountryState,
});

const initiateAssistance = (payload: Partial<InitiateAssistanceRequestDto>, now = '2024-12-03T10:00:00.000Z') =>
  new InitiateAssistanceCommand(
    'AND',
    Object.assign(new InitiateAssistanceRequestDto(), { date: '2024-10-15', ...payload }),
    { now, actor: 'officer', commandId: 'c1', correlationId: 'c1', causationId: 'c1', requestHash: 'h' },
  );

const initiated = (date: string, eventId?: string): GivenEvent<CountryEvent> => ({
  type: 'AssistanceInitiated',
  data: { country: 'AND', date },
  ...(eventId && { eventId }),
});
const drafted = (date: string): CountryEvent => ({ type: 'FrameworkDrafted', data: { country: 'AND', date } });
const completed = (date: string): CountryEvent => ({
  type: 'AssistanceCompleted',
  data: { country: 'AND', date, outcome: 'Framework adopted' },
});

describe('initiate assistance', () => {
  it('initiates assistance in a country that was never engaged', () =>
    given([])
      .when(initiateAssistance({ summary: 'National COP framework', note: 'In Andorra, ITU initiated the technical assistance.' }))
      .then([
        {
          type: 'AssistanceInitiated',
          data: {
            country: 'AND',
            date: '2024-10-15',
            summary: 'National COP framework',
            note: 'In Andorra, ITU initiated the technical assistance.',
          },
        },
      ]));

  it('initiates again once the earlier assistance was completed', () =>
    given([initiated('2019-03-01'), completed('2021-06-30')])
      .when(initiateAssistance({}))
      .then([{ type: 'AssistanceInitiated', data: { country: 'AND', date: '2024-10-15' } }]));

  it('refuses to initiate assistance that is already active', () =>
    given([initiated('2024-02-01')])
      .when(initiateAssistance({}))
      .thenThrows(BusinessRuleViolated, /already active \(initiated on 2024-02-01\)/));

  it('still counts assistance as active once a framework was drafted', () =>
    given([initiated('2024-02-01'), drafted('2024-06-01')])
      .when(initiateAssistance({}))
      .thenThrows(BusinessRuleViolated, /a framework drafted on 2024-06-01/));

  it('allows a new initiation when the earlier one was retracted', () =>
    given([
      initiated('2024-02-01', 'wrong-one'),
      {
        type: 'MilestoneRetracted',
        data: {
          country: 'AND',
          eventId: 'wrong-one',
          milestoneType: 'AssistanceInitiated',
          previous: { country: 'AND', date: '2024-02-01' },
          reason: 'Logged for the wrong country',
        },
      },
    ])
      .when(initiateAssistance({}))
      .then([{ type: 'AssistanceInitiated', data: { country: 'AND', date: '2024-10-15' } }]));

  it('rejects an initiation dated in the future', () =>
    given([]).when(initiateAssistance({ date: '2024-12-04' })).thenThrows(BusinessRuleViolated, /in the future/));

  it('rejects an initiation dated before 2008', () =>
    given([]).when(initiateAssistance({ date: '2007-06-01' })).thenThrows(BusinessRuleViolated, /before 2008-01-01/));
});
