import type { Recorded } from '../../event-store/event-envelope';
import { BusinessDate, CountryEvent, Milestone } from './country.events';

export type StageMilestone = Extract<
  Milestone,
  { type: 'AssistanceInitiated' | 'FrameworkDrafted' | 'FrameworkAdopted' | 'AssistanceCompleted' }
>;
export type StageMilestoneType = StageMilestone['type'];

export type StageRecord = {
  type: StageMilestoneType;
  date: BusinessDate;
  retracted: boolean;
  order: number;
};

/**
 * Only stage milestones decide what may be logged next, so only they are kept, by event id. Any other milestone
 * is read from the log when it is corrected or retracted (see `traceMilestone`): a country's state stays this
 * small however long its history grows.
 */
export type CountryState = {
  revision: number;
  stages: ReadonlyMap<string, StageRecord>;
};

export const initialCountryState = (): CountryState => ({ revision: -1, stages: new Map() });

export function evolveCountry(state: CountryState, event: Recorded<CountryEvent>): CountryState {
  return foldCountry([event], state);
}

/** Folds in one pass; the stage records are copied only when an event changes one of them. */
export function foldCountry(events: Recorded<CountryEvent>[], from: CountryState = initialCountryState()): CountryState {
  if (events.length === 0) return from;
  let changed: Map<string, StageRecord> | undefined;
  for (const event of events) {
    const change = stageChange(event, (eventId) => (changed ?? from.stages).get(eventId));
    if (change) (changed ??= new Map(from.stages)).set(...change);
  }
  return { revision: events[events.length - 1].revision, stages: changed ?? from.stages };
}

function stageChange(
  event: Recorded<CountryEvent>,
  stageRecord: (eventId: string) => StageRecord | undefined,
): [string, StageRecord] | undefined {
  switch (event.type) {
    case 'AssistanceInitiated':
    case 'FrameworkDrafted':
    case 'FrameworkAdopted':
    case 'AssistanceCompleted':
      return [event.eventId, { type: event.type, date: event.data.date, retracted: false, order: event.revision }];
    case 'TrainingHeld':
    case 'GuidelinesTranslated':
    case 'ChildTaskforceEstablished':
    case 'ChildConsultationHeld':
    case 'EventHeld':
    case 'ActivityPlanned':
      return undefined;
    case 'MilestoneCorrected': {
      const record = stageRecord(event.data.eventId);
      return record && [event.data.eventId, { ...record, date: event.data.changes.date ?? record.date }];
    }
    case 'MilestoneRetracted': {
      const record = stageRecord(event.data.eventId);
      return record && [event.data.eventId, { ...record, retracted: true }];
    }
    default: {
      const unknownEvent: never = event;
      return unknownEvent;
    }
  }
}

/** Stage milestones that still stand, of one type or of any, in log order. */
export function activeMilestones(state: CountryState, type?: StageMilestoneType): [string, StageRecord][] {
  return [...state.stages]
    .filter(([, record]) => !record.retracted && (type === undefined || record.type === type))
    .sort(([, a], [, b]) => a.order - b.order);
}

/** The latest stage milestone by business date (log order breaks ties). */
export function latestStageMilestone(state: CountryState): StageRecord | undefined {
  return activeMilestones(state)
    .map(([, record]) => record)
    .sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order)
    .at(-1);
}

export function isAssistanceActive(state: CountryState): boolean {
  const latest = latestStageMilestone(state);
  return latest !== undefined && latest.type !== 'AssistanceCompleted';
}

export function hasFrameworkDraftedBy(state: CountryState, date: BusinessDate): boolean {
  return activeMilestones(state, 'FrameworkDrafted').some(([, record]) => record.date <= date);
}
