import { assertHappened } from '../domain/business-rules';
import type { ChildConsultationHeld } from '../domain/country.events';
import type { CountryState } from '../domain/country.state';
import type { HoldChildConsultationCommand } from './hold-child-consultation.command';

export function decideHoldChildConsultation(
  { country, payload, context }: HoldChildConsultationCommand,
  _state: CountryState,
): ChildConsultationHeld[] {
  assertHappened(payload.date, context.now);
  return [
    {
      type: 'ChildConsultationHeld',
      data: {
        country,
        date: payload.date,
        ...(payload.partner && { partner: payload.partner }),
        ...(payload.participants !== undefined && { participants: payload.participants }),
        ...(payload.note && { note: payload.note }),
      },
    },
  ];
}
