import { BusinessRuleViolated } from '../../shared/domain-errors';
import { DeciderSpecification } from '../../shared/testing/decider-specification';
import { CountryEvent } from '../domain/country.events';
import { CountryState, evolveCountry, initialCountryState } from '../domain/country.state';
import { EstablishChildTaskforceCommand } from './establish-child-taskforce.command';
import { decideEstablishChildTaskforce } from './establish-child-taskforce.decide';
import { EstablishChildTaskforceRequestDto } from './establish-child-taskforce.request.dto';

const given = DeciderSpecification.for<EstablishChildTaskforceCommand, CountryEvent, CountryState>({
  decide: decideEstablishChildTaskforce,
  evolve: evolveCountry,
  initialState: initialCountryState,
});

const establishTaskforce = (payload: Partial<EstablishChildTaskforceRequestDto>, now = '2024-12-03T10:00:00.000Z') =>
  new EstablishChildTaskforceCommand(
    'MLT',
    Object.assign(new EstablishChildTaskforceRequestDto(), { date: '2024-11-05', ...payload }),
    { now, actor: 'officer', commandId: 'c1', correlationId: 'c1', causationId: 'c1', requestHash: 'h' },
  );

describe('establish child taskforce', () => {
  it('records the taskforce with its partner', () =>
    given([])
      .when(establishTaskforce({ partner: 'University of Malta' }))
      .then([
        {
          type: 'ChildTaskforceEstablished',
          data: { country: 'MLT', date: '2024-11-05', partner: 'University of Malta' },
        },
      ]));

  it('records a taskforce without a partner, keeping the note', () =>
    given([])
      .when(establishTaskforce({ note: 'Twelve children aged 12 to 17' }))
      .then([
        {
          type: 'ChildTaskforceEstablished',
          data: { country: 'MLT', date: '2024-11-05', note: 'Twelve children aged 12 to 17' },
        },
      ]));

  it('accepts a taskforce established today', () =>
    given([])
      .when(establishTaskforce({ date: '2024-12-03' }))
      .then([{ type: 'ChildTaskforceEstablished', data: { country: 'MLT', date: '2024-12-03' } }]));

  it('rejects a taskforce dated in the future', () =>
    given([]).when(establishTaskforce({ date: '2025-01-01' })).thenThrows(BusinessRuleViolated, /in the future/));

  it('rejects a taskforce dated before 2008', () =>
    given([]).when(establishTaskforce({ date: '2001-01-01' })).thenThrows(BusinessRuleViolated, /before 2008-01-01/));
});
