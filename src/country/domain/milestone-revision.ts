import type { Recorded } from '../../event-store/event-envelope';
import { BusinessRuleViolated } from '../../shared/domain-errors';
import type { BusinessDate, CountryEvent, MilestoneData, MilestoneType } from './country.events';
import { activeMilestones, CountryState } from './country.state';

export type RevisionAction = 'corrected' | 'retracted';

/** One milestone followed through its stream: as recorded, with its corrections applied, and whether it was retracted. */
export type TracedMilestone = { type: MilestoneType; data: MilestoneData; retracted: boolean };

/** Folds what `events`, a stretch of a country's stream in order, did to milestone `eventId` onto `traced`. */
export function traceMilestone(
  eventId: string,
  events: Recorded<CountryEvent>[],
  traced?: TracedMilestone,
): TracedMilestone | undefined {
  for (const event of events) {
    if (event.type === 'MilestoneCorrected') {
      if (traced && event.data.eventId === eventId) {
        traced = { ...traced, data: { ...traced.data, ...event.data.changes } as MilestoneData };
      }
    } else if (event.type === 'MilestoneRetracted') {
      if (traced && event.data.eventId === eventId) traced = { ...traced, retracted: true };
    } else if (event.eventId === eventId) {
      traced = { type: event.type, data: event.data, retracted: false };
    }
  }
  return traced;
}

/** Only a milestone of this country that still stands can be corrected or retracted. */
export function standingMilestone(
  country: string,
  eventId: string,
  action: RevisionAction,
  traced: TracedMilestone | undefined,
): TracedMilestone {
  if (!traced) {
    throw new BusinessRuleViolated(
      `No milestone with eventId ${eventId} is recorded for ${country}, so it cannot be ${action}; ` +
        "take the eventId from the country's timeline",
      'eventId',
    );
  }
  if (traced.retracted) {
    throw new BusinessRuleViolated(
      `The milestone ${eventId} (${traced.type}) was retracted, so it cannot be ${action} any more`,
      'eventId',
    );
  }
  return traced;
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
  const draftsBefore = activeMilestones(state, 'FrameworkDrafted').map(([, record]) => record.date);
  const draftsAfter = activeMilestones(state, 'FrameworkDrafted').flatMap(([eventId, record]) => {
    if (eventId !== draftEventId) return [record.date];
    return movedTo === undefined ? [] : [movedTo];
  });
  const drafted = (drafts: BusinessDate[], adopted: BusinessDate) => drafts.some((draft) => draft <= adopted);
  return activeMilestones(state, 'FrameworkAdopted')
    .map(([, record]) => record.date)
    .filter((adopted) => drafted(draftsBefore, adopted) && !drafted(draftsAfter, adopted))
    .sort();
}
