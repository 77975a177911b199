import type { Recorded } from '../../event-store/event-envelope';
import { PersistentMap } from './persistent-map';
import { BusinessDate, CountryEvent, MilestoneData, MilestoneType } from './country.events';

export type MilestoneRecord = {
  type: MilestoneType;
  data: MilestoneData;
  retracted: boolean;
  order: number;
};

export type CountryState = {
  revision: number;
  milestones: PersistentMap<MilestoneRecord>;
};

export const initialCountryState = (): CountryState => ({ revision: -1, milestones: PersistentMap.empty() });

export function evolveCountry(state: CountryState, event: Recorded<CountryEvent>): CountryState {
  return foldCountry([event], state);
}

/** Folds in one pass; the milestones the events leave alone stay shared with `from`, never copied. */
export function foldCountry(events: Recorded<CountryEvent>[], from: CountryState = initialCountryState()): CountryState {
  if (events.length === 0) return from;
  const changes = new Map<string, MilestoneRecord>();
  for (const event of events) applyTo(changes, (eventId) => changes.get(eventId) ?? from.milestones.get(eventId), event);
  return { revision: events[events.length - 1].revision, milestones: from.milestones.with(changes) };
}

function applyTo(
  changes: Map<string, MilestoneRecord>,
  milestone: (eventId: string) => MilestoneRecord | undefined,
  event: Recorded<CountryEvent>,
): void {
  switch (event.type) {
    case 'AssistanceInitiated':
    case 'FrameworkDrafted':
    case 'FrameworkAdopted':
    case 'AssistanceCompleted':
    case 'TrainingHeld':
    case 'GuidelinesTranslated':
    case 'ChildTaskforceEstablished':
    case 'ChildConsultationHeld':
    case 'EventHeld':
    case 'ActivityPlanned':
      changes.set(event.eventId, { type: event.type, data: event.data, retracted: false, order: event.revision });
      return;
    case 'MilestoneCorrected': {
      const record = milestone(event.data.eventId);
      if (record) {
        changes.set(event.data.eventId, { ...record, data: { ...record.data, ...event.data.changes } as MilestoneData });
      }
      return;
    }
    case 'MilestoneRetracted': {
      const record = milestone(event.data.eventId);
      if (record) changes.set(event.data.eventId, { ...record, retracted: true });
      return;
    }
    default: {
      const unknownEvent: never = event;
      return unknownEvent;
    }
  }
}

const STAGE_MILESTONES: MilestoneType[] = [
  'AssistanceInitiated',
  'FrameworkDrafted',
  'FrameworkAdopted',
  'AssistanceCompleted',
];

/** Milestones that still stand, of one type or of any, in log order. */
export function activeMilestones(state: CountryState, type?: MilestoneType): [string, MilestoneRecord][] {
  return standing(state, (record) => type === undefined || record.type === type);
}

/** The latest stage milestone by business date (log order breaks ties). */
export function latestStageMilestone(state: CountryState): MilestoneRecord | undefined {
  return standing(state, (record) => STAGE_MILESTONES.includes(record.type))
    .map(([, record]) => record)
    .sort(byBusinessDate)
    .at(-1);
}

function standing(state: CountryState, wanted: (record: MilestoneRecord) => boolean): [string, MilestoneRecord][] {
  return state.milestones
    .entries()
    .filter(([, record]) => !record.retracted && wanted(record))
    .sort(([, a], [, b]) => a.order - b.order);
}

export function isAssistanceActive(state: CountryState): boolean {
  const latest = latestStageMilestone(state);
  return latest !== undefined && latest.type !== 'AssistanceCompleted';
}

export function hasFrameworkDraftedBy(state: CountryState, date: BusinessDate): boolean {
  return activeMilestones(state, 'FrameworkDrafted').some(([, record]) => record.data.date <= date);
}

function byBusinessDate(a: MilestoneRecord, b: MilestoneRecord): number {
  return a.data.date.localeCompare(b.data.date) || a.order - b.order;
}
