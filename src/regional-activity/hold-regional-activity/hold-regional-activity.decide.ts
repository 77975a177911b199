import { assertHappened } from '../../country/domain/business-rules';
import type { Recorded } from '../../event-store/event-envelope';
import { BusinessRuleViolated } from '../../shared/domain-errors';
import type { RegionalActivityEvent, RegionalActivityHeld } from '../regional-activity.events';
import type { HoldRegionalActivityCommand } from './hold-regional-activity.command';

export type RegionalActivityState = { recorded: boolean };

export const initialRegionalActivityState = (): RegionalActivityState => ({ recorded: false });

export function evolveRegionalActivity(
  _state: RegionalActivityState,
  event: Recorded<RegionalActivityEvent>,
): RegionalActivityState {
  switch (event.type) {
    case 'RegionalActivityHeld':
      return { recorded: true };
    default: {
      const unknownEvent: never = event.type;
      return unknownEvent;
    }
  }
}

export function decideHoldRegionalActivity(
  { activityId, payload, context }: HoldRegionalActivityCommand,
  state: RegionalActivityState,
): RegionalActivityHeld[] {
  if (state.recorded) throw new BusinessRuleViolated(`The regional activity ${activityId} is already recorded`);
  assertHappened(payload.date, context.now);
  return [
    {
      type: 'RegionalActivityHeld',
      data: {
        activityId,
        countries: payload.countries,
        date: payload.date,
        kind: payload.kind,
        title: payload.title,
        ...(payload.host && { host: payload.host }),
        ...(payload.participants !== undefined && { participants: payload.participants }),
        ...(payload.note && { note: payload.note }),
      },
    },
  ];
}
