import { BusinessRuleViolated } from '../../shared/domain-errors';
import type { MilestoneRetracted } from '../domain/country.events';
import type { CountryState } from '../domain/country.state';
import { adoptionsOrphanedByDraftChange, standingMilestone, TracedMilestone } from '../domain/milestone-revision';
import type { RetractMilestoneCommand } from './retract-milestone.command';

export function decideRetractMilestone(
  { country, payload }: RetractMilestoneCommand,
  state: CountryState,
  traced: TracedMilestone | undefined,
): MilestoneRetracted[] {
  const milestone = standingMilestone(country, payload.eventId, 'retracted', traced);
  if (milestone.type === 'FrameworkDrafted') {
    const orphaned = adoptionsOrphanedByDraftChange(state, payload.eventId);
    if (orphaned.length > 0) {
      throw new BusinessRuleViolated(
        `The draft framework ${payload.eventId} cannot be retracted: the framework was adopted on ${orphaned[0]} ` +
          'and no other draft precedes that adoption; retract the adoption first',
        'eventId',
      );
    }
  }
  return [
    {
      type: 'MilestoneRetracted',
      data: {
        country,
        eventId: payload.eventId,
        milestoneType: milestone.type,
        previous: milestone.data,
        reason: payload.reason,
        ...(payload.note && { note: payload.note }),
      },
    },
  ];
}
