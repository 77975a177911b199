import { assertHappened } from '../domain/business-rules';
import { EventHeld } from '../domain/country.events';
import { CountryState } from '../domain/country.state';
import type { HoldEventCommand } from './hold-event.command';

export function decideHoldEvent({ country, payload, context }: HoldEventCommand, _state: CountryState): EventHeld[] {
  assertHappened(payload.date, context.now);
  return [
    {
      type: 'EventHeld',
      data: {
        country,
        date: payload.date,
        title: payload.title,
        kind: payload.kind,
        role: payload.role,
        ...(payload.note && { note: payload.note }),
      },
    },
  ];
}
