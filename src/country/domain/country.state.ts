import type { Recorded } from '../../event-store/event-envelope';
import { BusinessDate, CountryEvent, MilestoneData, MilestoneType } from './country.events';

export type MilestoneRecord = {
  type: MilestoneType;
  data: MilestoneData;
  retracted: boolean;
  order: number;
};

export type CountryState = {
  revision: number;
  milestones: Readonly<Record<string, MilestoneRecord>>;
};

export const initialCountryState = (): CountryState => ({ revision: -1, milestones: {} });

export function evolveCountry(state: CountryState, event: Recorded<CountryEvent>): CountryState {
  return foldCountry([event], state);
}

/** Folds in one pass: the milestones are copied once, not once per event. */
export function foldCountry(events: Recorded<CountryEvent>[], from: CountryState = initialCountryState()): CountryState {
  if (events.length === 0) return from;
  const milestones: Record<string, MilestoneRecord> = { ...from.milestones };
  for (const event of events) applyTo(milestones, event);
  return { revision: events[events.length - 1].revision, milestones };
}

function applyTo(milestones: Record<string, MilestoneRecord>, event: Recorded<CountryEvent>): void {
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
      milestones[event.eventId] = { type: event.type, data: event.data, retracted: false, order: event.revision };
      return;
    case 'MilestoneCorrected': {
      const record = milestones[event.data.eventId];
      if (record) milestones[event.data.eventId] = { ...record, data: { ...record.data, ...event.data.changes } as MilestoneData };
      return;
    }
    case 'MilestoneRetracted': {
      const record = milestones[event.data.eventId];
      if (record) milestones[event.data.eventId] = { ...record, retracted: true };
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

export function activeMilestones(state: CountryState, type?: MilestoneType): [string, MilestoneRecord][] {
  return Object.entries(state.milestones).filter(
    ([, record]) => !record.retracted && (type === undefined || record.type === type),
  );
}

/** The latest stage milestone by business date (log order breaks ties). */
export function latestStageMilestone(state: CountryState): MilestoneRecord | undefined {
  return activeMilestones(state)
    .map(([, record]) => record)
    .filter((record) => STAGE_MILESTONES.includes(record.type))
    .sort(byBusinessDate)
    .at(-1);
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
