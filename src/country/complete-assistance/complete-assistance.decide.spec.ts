import { BusinessRuleViolated } from '../../shared/domain-errors';
import { DeciderSpecification } from '../../shared/testing/decider-specification';
import { CountryEvent } from '../domain/country.events';
import { CountryState, evolveCountry, initialCountryState } from '../domain/country.state';
import { CompleteAssistanceCommand } from './complete-assistance.command';
import { decideCompleteAssistance } from './complete-assistance.decide';
import { CompleteAssistanceRequestDto } from './complete-assistance.request.dto';

const given = DeciderSpecification.for<CompleteAssistanceCommand, CountryEvent, CountryState>({
  decide: decideCompleteAssistance,
  evolve: evolveCountry,
  initialState: initialCountryState,
});

const completeAssistance = (payload: Partial<CompleteAssistanceRequestDto>, now = '2024-12-03T10:00:00.000Z') =>
  new CompleteAssistanceCommand(
    'MLT',
    Object.assign(new CompleteAssistanceRequestDto(), {
      date: '2024-11-30',
      outcome: 'National COP framework adopted',
      ...payload,
    }),
    { now, actor: 'officer', commandId: 'c1', correlationId: 'c1', causationId: 'c1', requestHash: 'h' },
  );

const initiated: CountryEvent = { type: 'AssistanceInitiated', data: { country: 'MLT', date: '2023-02-01' } };
const adopted: CountryEvent = { type: 'FrameworkAdopted', data: { country: 'MLT', date: '2024-09-15' } };

describe('complete assistance', () => {
  it('completes active assistance with its outcome', () =>
    given([initiated, adopted])
      .when(completeAssistance({ note: 'Closed after adoption.' }))
      .then([
        {
          type: 'AssistanceCompleted',
          data: { country: 'MLT', date: '2024-11-30', outcome: 'National COP framework adopted', note: 'Closed after adoption.' },
        },
      ]));

  it('refuses to complete assistance that never started', () =>
    given([{ type: 'TrainingHeld', data: { country: 'MLT', date: '2024-03-01', title: 'Webinar', audience: 'parents' } }])
      .when(completeAssistance({}))
      .thenThrows(BusinessRuleViolated, /no active technical assistance in MLT to complete; initiate it first/));

  it('refuses to complete assistance twice', () =>
    given([initiated, { type: 'AssistanceCompleted', data: { country: 'MLT', date: '2024-06-01', outcome: 'Done' } }])
      .when(completeAssistance({}))
      .thenThrows(BusinessRuleViolated, /already completed on 2024-06-01/));

  it('refuses a completion dated before the latest stage milestone', () =>
    given([initiated, adopted])
      .when(completeAssistance({ date: '2024-09-01' }))
      .thenThrows(BusinessRuleViolated, /cannot be completed on 2024-09-01, before its latest milestone on 2024-09-15/));

  it('rejects a completion dated in the future', () =>
    given([initiated]).when(completeAssistance({ date: '2024-12-04' })).thenThrows(BusinessRuleViolated, /in the future/));

  it('rejects a completion dated before 2008', () =>
    given([initiated]).when(completeAssistance({ date: '2007-12-31' })).thenThrows(BusinessRuleViolated, /before 2008-01-01/));
});
