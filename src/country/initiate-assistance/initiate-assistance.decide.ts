import { BusinessRuleViolated } from '../../shared/domain-errors';
import { assertHappened } from '../domain/business-rules';
import { AssistanceInitiated, MilestoneType } from '../domain/country.events';
import { CountryState, isAssistanceActive, latestStageMilestone } from '../domain/country.state';
import type { InitiateAssistanceCommand } from './initiate-assistance.command';

const STAGE_REACHED: Partial<Record<MilestoneType, string>> = {
  AssistanceInitiated: 'initiated',
  FrameworkDrafted: 'a framework drafted',
  FrameworkAdopted: 'a framework adopted',
};

export function decideInitiateAssistance(
  { country, payload, context }: InitiateAssistanceCommand,
  state: CountryState,
): AssistanceInitiated[] {
  assertHappened(payload.date, context.now);
  if (isAssistanceActive(state)) {
    const latest = latestStageMilestone(state)!;
    throw new BusinessRuleViolated(
      `Technical assistance in ${country} is already active (${STAGE_REACHED[latest.type]} on ${latest.date}); ` +
        'complete it before initiating it again',
    );
  }
  return [
    {
      type: 'AssistanceInitiated',
      data: {
        country,
        date: payload.date,
        ...(payload.summary && { summary: payload.summary }),
        ...(payload.note && { note: payload.note }),
      },
    },
  ];
}
