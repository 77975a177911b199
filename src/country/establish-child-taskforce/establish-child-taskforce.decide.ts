import { assertHappened } from '../domain/business-rules';
import type { ChildTaskforceEstablished } from '../domain/country.events';
import type { CountryState } from '../domain/country.state';
import type { EstablishChildTaskforceCommand } from './establish-child-taskforce.command';

export function decideEstablishChildTaskforce(
  { country, payload, context }: EstablishChildTaskforceCommand,
  _state: CountryState,
): ChildTaskforceEstablished[] {
  assertHappened(payload.date, context.now);
  return [
    {
      type: 'ChildTaskforceEstablished',
      data: {
        country,
        date: payload.date,
        ...(payload.partner && { partner: payload.partner }),
        ...(payload.note && { note: payload.note }),
      },
    },
  ];
}
