import { BusinessRuleViolated } from '../../shared/domain-errors';
import type { BusinessDate } from './country.events';
import { activeMilestones, CountryState, MilestoneRecord } from './country.state';

export type RevisionAction = 'corrected' | 'retracted';

/** Only a milestone of this country that still stands can be corrected or retracted. */
export function standingMilestone(
  state: CountryState,
  country: string,
  eventId: string,
  action: RevisionAction,
): MilestoneRecord {
  const record = state.milestones.get(eventId);
  if (!record) {
    throw new BusinessRuleViolated(
      `No milestone with eventId ${eventId} is recorded for ${country}, so it cannot be ${action}; ` +
        "take the eventId from the country's timeline",
      'eventId',
    );
  }
  if (record.retracted) {
    throw new BusinessRuleViolated(
      `The milestone ${eventId} (${record.type}) was retracted, so it cannot be ${action} any more`,
      'eventId',
    );
  }
  return record;
}

/**
 * Adoption dates that a change to the draft `draftEventId` would leave without an earlier draft:
 * `movedTo` is the draft's new date, or undefined when the draft is retracted.
 */
export function adoptionsOrphanedByDraftChange(
  state: CountryState,
  draftEventId: string,
  movedTo?: BusinessDate,
): BusinessDate[] {
  const draftsBefore = activeMilestones(state, 'FrameworkDrafted').map(([, record]) => record.data.date);
  const draftsAfter = activeMilestones(state, 'FrameworkDrafted').flatMap(([eventId, record]) => {
    if (eventId !== draftEventId) return [record.data.date];
    return movedTo === undefined ? [] : [movedTo];
  });
  const drafted = (drafts: BusinessDate[], adopted: BusinessDate) => drafts.some((draft) => draft <= adopted);
  return activeMilestones(state, 'FrameworkAdopted')
    .map(([, record]) => record.data.date)
    .filter((adopted) => drafted(draftsBefore, adopted) && !drafted(draftsAfter, adopted))
    .sort();
}
