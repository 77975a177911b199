import type { Milestone } from '../src/country/domain/country.events';
import type { RecordedTrackerEvent } from '../src/tracker-events';
import { isMilestoneEvent } from './milestone-event';
import type { Projection } from './projection';
import {
  Activity,
  ActivityLedger,
  emptyActivityLedger,
  KIND_OF,
  withActivity,
  withoutActivity,
  withoutPlan,
  withPlan,
} from './activity-ledger';
import {
  emptyStageLedger,
  isStageMilestone,
  StageLedger,
  stagePositionOf,
  withoutStageMilestone,
  withStageMilestone,
} from './country-stage';

export { COUNTRY_STAGES, type CountryStage } from './country-stage';

export type StatusCounts = {
  trainings: number;
  peopleTrained: number;
  translationsByLanguage: Readonly<Record<string, number>>;
  childConsultations: number;
  childTaskforces: number;
  events: number;
  regionalActivities: number;
};

type CountryFacts = {
  country: string;
  /** Revision of the last event in the country's own stream: the ETag / If-Match value. */
  revision: number;
  counts: StatusCounts;
  lastRecordedAt: string | null;
};

export type CountryStatusDocument = CountryFacts & StageLedger & ActivityLedger;

export const emptyCountryStatus = (country: string): CountryStatusDocument => ({
  country,
  revision: -1,
  counts: {
    trainings: 0,
    peopleTrained: 0,
    translationsByLanguage: {},
    childConsultations: 0,
    childTaskforces: 0,
    events: 0,
    regionalActivities: 0,
  },
  lastRecordedAt: null,
  ...emptyStageLedger(),
  ...emptyActivityLedger(),
});

export const countryStatusProjection: Projection<CountryStatusDocument, RecordedTrackerEvent> = {
  name: 'country-status',
  version: 3,
  documentsOf: (event) => {
    if (isMilestoneEvent(event)) return [event.data.country];
    switch (event.type) {
      case 'RegionalActivityHeld':
        return [...new Set(event.data.countries)];
      case 'QuarterlyReportPublished':
        return [];
      case 'MilestoneCorrected':
      case 'MilestoneRetracted':
        return [event.data.country];
      default: {
        const unknownEvent: never = event;
        return unknownEvent;
      }
    }
  },
  initialState: emptyCountryStatus,
  evolve: (state, event, key) => {
    const status = state ?? emptyCountryStatus(key);
    if (isMilestoneEvent(event)) return recorded(withMilestone(status, event.eventId, event.position, event), event);
    switch (event.type) {
      case 'MilestoneCorrected': {
        const { eventId, milestoneType, previous, changes } = event.data;
        const before = { type: milestoneType, data: previous } as Milestone;
        const after = { type: milestoneType, data: { ...previous, ...changes } } as Milestone;
        const position = stagePositionOf(status, eventId) ?? event.position;
        return recorded(withMilestone(withoutMilestone(status, eventId, before), eventId, position, after), event);
      }
      case 'MilestoneRetracted': {
        const { eventId, milestoneType, previous } = event.data;
        return recorded(withoutMilestone(status, eventId, { type: milestoneType, data: previous } as Milestone), event);
      }
      case 'RegionalActivityHeld':
        return {
          ...status,
          counts: { ...status.counts, regionalActivities: status.counts.regionalActivities + 1 },
          lastRecordedAt: event.metadata.recordedAt,
        };
      case 'QuarterlyReportPublished':
        return status;
      default: {
        const unknownEvent: never = event;
        return unknownEvent;
      }
    }
  },
};

function recorded(status: CountryStatusDocument, event: RecordedTrackerEvent): CountryStatusDocument {
  return { ...status, revision: event.revision, lastRecordedAt: event.metadata.recordedAt };
}

function withMilestone(
  status: CountryStatusDocument,
  eventId: string,
  position: number,
  milestone: Milestone,
): CountryStatusDocument {
  if (milestone.type === 'ActivityPlanned') {
    const { date, plannedFor, kind, title } = milestone.data;
    return withPlan(status, { eventId, date, plannedFor, kind, title });
  }
  const counted = { ...status, counts: countsAfter(status.counts, milestone, 1) };
  const staged = isStageMilestone(milestone)
    ? withStageMilestone(counted, { eventId, type: milestone.type, date: milestone.data.date, position })
    : counted;
  return withActivity(staged, KIND_OF[milestone.type], milestone.data.date);
}

function withoutMilestone(status: CountryStatusDocument, eventId: string, milestone: Milestone): CountryStatusDocument {
  if (milestone.type === 'ActivityPlanned') return withoutPlan(status, eventId);
  const counted = { ...status, counts: countsAfter(status.counts, milestone, -1) };
  const staged = isStageMilestone(milestone) ? withoutStageMilestone(counted, eventId) : counted;
  return withoutActivity(staged, KIND_OF[milestone.type], milestone.data.date);
}

function countsAfter(counts: StatusCounts, milestone: Activity, sign: 1 | -1): StatusCounts {
  switch (milestone.type) {
    case 'TrainingHeld':
      return {
        ...counts,
        trainings: counts.trainings + sign,
        peopleTrained: counts.peopleTrained + sign * (milestone.data.participants ?? 0),
      };
    case 'GuidelinesTranslated': {
      const language = milestone.data.language;
      const { [language]: current = 0, ...others } = counts.translationsByLanguage;
      const next = current + sign;
      return { ...counts, translationsByLanguage: next > 0 ? { ...others, [language]: next } : others };
    }
    case 'ChildConsultationHeld':
      return { ...counts, childConsultations: counts.childConsultations + sign };
    case 'ChildTaskforceEstablished':
      return { ...counts, childTaskforces: counts.childTaskforces + sign };
    case 'EventHeld':
      return { ...counts, events: counts.events + sign };
    case 'AssistanceInitiated':
    case 'FrameworkDrafted':
    case 'FrameworkAdopted':
    case 'AssistanceCompleted':
      return counts;
    default: {
      const unknownMilestone: never = milestone;
      return unknownMilestone;
    }
  }
}
