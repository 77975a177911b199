import { BusinessRuleViolated } from '../../shared/domain-errors';
import { assertHappened } from '../domain/business-rules';
import { AssistanceCompleted } from '../domain/country.events';
import { CountryState, isAssistanceActive, latestStageMilestone } from '../domain/country.state';
import type { CompleteAssistanceCommand } from './complete-assistance.command';

export function decideCompleteAssistance(
  { country, payload, context }: CompleteAssistanceCommand,
  state: CountryState,
): AssistanceCompleted[] {
  assertHappened(payload.date, context.now);
  const latest = latestStageMilestone(state);
  if (!latest || !isAssistanceActive(state)) {
    throw new BusinessRuleViolated(
      latest
        ? `Technical assistance in ${country} was already completed on ${latest.date}; initiate it again before completing it`
        : `There is no active technical assistance in ${country} to complete; initiate it first`,
    );
  }
  // An earlier date would leave the assistance looking active, since stages follow business dates.
  if (payload.date < latest.date) {
    throw new BusinessRuleViolated(
      `Technical assistance cannot be completed on ${payload.date}, before its latest milestone on ${latest.date}`,
      'date',
    );
  }
  return [
    {
      type: 'AssistanceCompleted',
      data: {
        country,
        date: payload.date,
        outcome: payload.outcome,
        ...(payload.note && { note: payload.note }),
      },
    },
  ];
}
