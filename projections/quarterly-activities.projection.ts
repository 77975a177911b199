import type {
  BusinessDate,
  CountryCode,
  Milestone,
  MilestoneCorrected,
  QuarterId,
} from '../src/country/domain/country.events';
import type { Recorded } from '../src/event-store/event-envelope';
import type { RegionalActivityHeld } from '../src/regional-activity/regional-activity.events';
import type { RecordedTrackerEvent } from '../src/tracker-events';
import { isMilestoneEvent } from './milestone-event';
import type { Projection } from './projection';

export type ReportableEvent = Milestone | RegionalActivityHeld;
export type ActivityType = ReportableEvent['type'];

type ActivityOf<E extends ReportableEvent> = {
  quarter: QuarterId;
  eventId: string;
  type: E['type'];
  countries: CountryCode[];
  date: BusinessDate;
  /** The event's data as it stands after every correction. */
  fields: E['data'];
  note?: string;
  corrected: boolean;
  /** When the activity was logged; for one moved here from another quarter, when it was moved. */
  recordedAt: string;
  correctedAt?: string;
  correctionReason?: string;
};

type Distributed<E> = E extends ReportableEvent ? ActivityOf<E> : never;

/** One activity of a quarter, as the quarterly report needs it. */
export type QuarterlyActivity = Distributed<ReportableEvent>;

export const QUARTERLY_ACTIVITIES = 'quarterly-activities';

/** Documents are keyed `<YYYY-Qn>/<eventId>`, the quarter being that of the activity's business date. */
export const quarterlyActivityKey = (quarter: QuarterId, eventId: string) => `${quarter}/${eventId}`;

export function quarterOfDate(date: BusinessDate): QuarterId {
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

const quarterOfKey = (key: string) => key.slice(0, key.indexOf('/'));

function activityFrom(event: ReportableEvent, eventId: string, recordedAt: string): QuarterlyActivity {
  const countries = event.type === 'RegionalActivityHeld' ? [...event.data.countries] : [event.data.country];
  return {
    quarter: quarterOfDate(event.data.date),
    eventId,
    type: event.type,
    countries,
    date: event.data.date,
    fields: event.data,
    ...(event.data.note !== undefined && { note: event.data.note }),
    corrected: false,
    recordedAt,
  } as QuarterlyActivity;
}

function correctedMilestone({ milestoneType, previous, changes }: MilestoneCorrected['data']): Milestone {
  return { type: milestoneType, data: { ...previous, ...changes } } as Milestone;
}

function applyCorrection(
  state: QuarterlyActivity | null,
  event: Recorded<MilestoneCorrected>,
  key: string,
): QuarterlyActivity | null {
  const milestone = correctedMilestone(event.data);
  const quarterNow = quarterOfDate(milestone.data.date);
  if (quarterOfKey(key) !== quarterNow) return null;
  const movedHere = quarterOfDate(event.data.previous.date) !== quarterNow;
  if (state === null && !movedHere) return null;
  const recordedAt = state?.recordedAt ?? event.metadata.recordedAt;
  return {
    ...activityFrom(milestone, event.data.eventId, recordedAt),
    corrected: true,
    correctedAt: event.metadata.recordedAt,
    correctionReason: event.data.reason,
  } as QuarterlyActivity;
}

/** The quarters whose activities the event adds, changes or removes: one, two for a correction that moves one, none. */
export function quartersTouchedBy(event: RecordedTrackerEvent): QuarterId[] {
  if (isMilestoneEvent(event)) return [quarterOfDate(event.data.date)];
  switch (event.type) {
    case 'MilestoneCorrected': {
      const before = quarterOfDate(event.data.previous.date);
      const after = quarterOfDate(event.data.changes.date ?? event.data.previous.date);
      return before === after ? [before] : [before, after];
    }
    case 'MilestoneRetracted':
      return [quarterOfDate(event.data.previous.date)];
    case 'RegionalActivityHeld':
      return [quarterOfDate(event.data.date)];
    case 'QuarterlyReportPublished':
      return [];
    default: {
      const unknownEvent: never = event;
      return unknownEvent;
    }
  }
}

const activityIdOf = (event: RecordedTrackerEvent) =>
  event.type === 'MilestoneCorrected' || event.type === 'MilestoneRetracted' ? event.data.eventId : event.eventId;

export const quarterlyActivitiesProjection: Projection<QuarterlyActivity, RecordedTrackerEvent> = {
  name: QUARTERLY_ACTIVITIES,
  version: 1,

  documentsOf(event) {
    const activityId = activityIdOf(event);
    return quartersTouchedBy(event).map((quarter) => quarterlyActivityKey(quarter, activityId));
  },

  createsDocuments: (event) => isMilestoneEvent(event) || event.type === 'RegionalActivityHeld',

  initialState: () => null,

  evolve(state, event, key) {
    if (isMilestoneEvent(event)) return activityFrom(event, event.eventId, event.metadata.recordedAt);
    switch (event.type) {
      case 'RegionalActivityHeld':
        return activityFrom(event, event.eventId, event.metadata.recordedAt);
      case 'MilestoneCorrected':
        return applyCorrection(state, event, key);
      case 'MilestoneRetracted':
        return null;
      case 'QuarterlyReportPublished':
        return state;
      default: {
        const unknownEvent: never = event;
        return unknownEvent;
      }
    }
  },
};
