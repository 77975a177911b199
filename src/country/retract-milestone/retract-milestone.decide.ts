import { BusinessRuleViolated } from '../../shared/domain-errors';
import type { MilestoneRetracted } from '../domain/country.events';
import type { CountryState } from '../domain/country.state';
import { adoptionsOrphanedByDraftChange, standingMilestone } from '../domain/milestone-revision';
import type { RetractMilestoneCommand } from './retract-milestone.command';

export function decideRetractMilestone(
  { country, payload }: RetractMilestoneCommand,
  state: CountryState,
): MilestoneRetracted[] {
  const milestone = standingMilestone(state, country, payload.eventId, 'retracted');
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
