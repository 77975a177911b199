import { assertHappened } from '../domain/business-rules';
import { TrainingHeld } from '../domain/country.events';
import { CountryState } from '../domain/country.state';
import type { HoldTrainingCommand } from './hold-training.command';

export function decideHoldTraining({ country, payload, context }: HoldTrainingCommand, _state: CountryState): TrainingHeld[] {
  assertHappened(payload.date, context.now);
  return [
    {
      type: 'TrainingHeld',
      data: {
        country,
        date: payload.date,
        title: payload.title,
        audience: payload.audience,
        ...(payload.format && { format: payload.format }),
        ...(payload.participants !== undefined && { participants: payload.participants }),
        ...(payload.partners && { partners: payload.partners }),
        ...(payload.note && { note: payload.note }),
      },
    },
  ];
}
