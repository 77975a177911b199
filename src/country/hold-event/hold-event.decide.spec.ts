import { BusinessRuleViolated } from '../../shared/domain-errors';
import { DeciderSpecification } from '../../shared/testing/decider-specification';
import { CountryEvent } from '../domain/country.events';
import { CountryState, evolveCountry, initialCountryState } from '../domain/country.state';
import { HoldEventCommand } from './hold-event.command';
import { decideHoldEvent } from './hold-event.decide';
import { HoldEventRequestDto } from './hold-event.request.dto';

const given = DeciderSpecification.for<HoldEventCommand, CountryEvent, CountryState>({
  decide: decideHoldEvent,
  evolve: evolveCountry,
  initialState: initialCountryState,
});

const holdEvent = (payload: Partial<HoldEventRequestDto>, now = '2024-12-03T10:00:00.000Z') =>
  new HoldEventCommand(
    'IDN',
    Object.assign(new HoldEventRequestDto(), {
      date: '2024-10-08',
      title: 'National COP Summit',
      kind: 'summit',
      role: 'contributed',
      ...payload,
    }),
    { now, actor: 'officer', commandId: 'c1', correlationId: 'c1', causationId: 'c1', requestHash: 'h' },
  );

describe('hold event', () => {
  it('records a national event ITU contributed to', () =>
    given([])
      .when(holdEvent({ note: 'ITU contributed to a National COP Summit.' }))
      .then([
        {
          type: 'EventHeld',
          data: {
            country: 'IDN',
            date: '2024-10-08',
            title: 'National COP Summit',
            kind: 'summit',
            role: 'contributed',
            note: 'ITU contributed to a National COP Summit.',
          },
        },
      ]));

  it('records an awareness campaign ITU organised, whatever stage the country is in', () =>
    given([{ type: 'AssistanceCompleted', data: { country: 'IDN', date: '2022-01-01', outcome: 'Done' } }])
      .when(holdEvent({ title: 'Safer Internet Day', kind: 'awareness-campaign', role: 'organised' }))
      .then([
        {
          type: 'EventHeld',
          data: { country: 'IDN', date: '2024-10-08', title: 'Safer Internet Day', kind: 'awareness-campaign', role: 'organised' },
        },
      ]));

  it('rejects an event dated in the future', () =>
    given([]).when(holdEvent({ date: '2025-03-01' })).thenThrows(BusinessRuleViolated, /in the future/));

  it('rejects an event dated before 2008', () =>
    given([]).when(holdEvent({ date: '2007-11-11' })).thenThrows(BusinessRuleViolated, /before 2008-01-01/));
});
