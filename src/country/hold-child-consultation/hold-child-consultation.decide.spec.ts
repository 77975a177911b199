import { BusinessRuleViolated } from '../../shared/domain-errors';
import { DeciderSpecification } from '../../shared/testing/decider-specification';
import { CountryEvent } from '../domain/country.events';
import { CountryState, evolveCountry, initialCountryState } from '../domain/country.state';
import { HoldChildConsultationCommand } from './hold-child-consultation.command';
import { decideHoldChildConsultation } from './hold-child-consultation.decide';
import { HoldChildConsultationRequestDto } from './hold-child-consultation.request.dto';

const given = DeciderSpecification.for<HoldChildConsultationCommand, CountryEvent, CountryState>({
  decide: decideHoldChildConsultation,
  evolve: evolveCountry,
  initialState: initialCountryState,
});

const holdConsultation = (payload: Partial<HoldChildConsultationRequestDto>, now = '2024-12-03T10:00:00.000Z') =>
  new HoldChildConsultationCommand(
    'MLT',
    Object.assign(new HoldChildConsultationRequestDto(), { date: '2024-11-20', ...payload }),
    { now, actor: 'officer', commandId: 'c1', correlationId: 'c1', causationId: 'c1', requestHash: 'h' },
  );

describe('hold child consultation', () => {
  it('records a consultation with its partner and participants', () =>
    given([{ type: 'ChildTaskforceEstablished', data: { country: 'MLT', date: '2024-11-05' } }])
      .when(holdConsultation({ partner: 'University of Malta', participants: 14 }))
      .then([
        {
          type: 'ChildConsultationHeld',
          data: { country: 'MLT', date: '2024-11-20', partner: 'University of Malta', participants: 14 },
        },
      ]));

  it('records a consultation with only its date and note', () =>
    given([])
      .when(holdConsultation({ note: 'Consultation workshop completed' }))
      .then([
        {
          type: 'ChildConsultationHeld',
          data: { country: 'MLT', date: '2024-11-20', note: 'Consultation workshop completed' },
        },
      ]));

  it('rejects a consultation dated in the future', () =>
    given([]).when(holdConsultation({ date: '2024-12-04' })).thenThrows(BusinessRuleViolated, /in the future/));

  it('rejects a consultation dated before 2008', () =>
    given([]).when(holdConsultation({ date: '2007-12-31' })).thenThrows(BusinessRuleViolated, /before 2008-01-01/));
});
