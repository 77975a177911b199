import type { Milestone } from '../src/country/domain/country.events';
import type { RecordedTrackerEvent } from '../src/tracker-events';
import { isMilestoneEvent } from './milestone-event';
import type { Projection } from './projection';
import { Activity, ActivityLedger, addActivity, addPlan, emptyActivityLedger, KIND_OF, removeActivity, removePlan } from './activity-ledger';
import {
  addStageMilestone,
  emptyStageLedger,
  isStageMilestone,
  removeStageMilestone,
  StageLedger,
  stagePositionOf,
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
    if (isMilestoneEvent(event)) {
      const next = { ...status };
      addMilestone(next, event.eventId, event.position, event);
      return recorded(next, event);
    }
    switch (event.type) {
      case 'MilestoneCorrected': {
        const { eventId, milestoneType, previous, changes } = event.data;
        const next = { ...status };
        removeMilestone(next, eventId, { type: milestoneType, data: previous } as Milestone);
        const after = { type: milestoneType, data: { ...previous, ...changes } } as Milestone;
        addMilestone(next, eventId, stagePositionOf(status, eventId) ?? event.position, after);
        return recorded(next, event);
      }
      case 'MilestoneRetracted': {
        const { eventId, milestoneType, previous } = event.data;
        const next = { ...status };
        removeMilestone(next, eventId, { type: milestoneType, data: previous } as Milestone);
        return recorded(next, event);
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

/*
 * evolve copies the status once per event and the functions below fill in that copy, replacing fields and never what
 * they point to, so the state it was given stays as it was. Each of them copying the document instead made this fold
 * about twice as slow.
 */

function recorded(status: CountryStatusDocument, event: RecordedTrackerEvent): CountryStatusDocument {
  status.revision = event.revision;
  status.lastRecordedAt = event.metadata.recordedAt;
  return status;
}

function addMilestone(status: CountryStatusDocument, eventId: string, position: number, milestone: Milestone): void {
  if (milestone.type === 'ActivityPlanned') {
    const { date, plannedFor, kind, title } = milestone.data;
    addPlan(status, { eventId, date, plannedFor, kind, title });
    return;
  }
  status.counts = countsAfter(status.counts, milestone, 1);
  if (isStageMilestone(milestone)) {
    addStageMilestone(status, { eventId, type: milestone.type, date: milestone.data.date, position });
  }
  addActivity(status, KIND_OF[milestone.type], milestone.data.date);
}

function removeMilestone(status: CountryStatusDocument, eventId: string, milestone: Milestone): void {
  if (milestone.type === 'ActivityPlanned') {
    removePlan(status, eventId);
    return;
  }
  status.counts = countsAfter(status.counts, milestone, -1);
  if (isStageMilestone(milestone)) removeStageMilestone(status, eventId);
  removeActivity(status, KIND_OF[milestone.type], milestone.data.date);
}

function countsAfter(counts: StatusCounts, milestone: Activity, sign: 1 | -1): StatusCounts {
  switch (milestone.type) {
    case 'TrainingHeld':
      return {
        ...counts,
        trainings: counts.trainings + sign,
        peopleTrained: counts.peopleTrained + sign * (milestone.data.participants ?? 0),
      };
    case 'GuidelinesTranslated':
      return { ...counts, translationsByLanguage: translationsAfter(counts.translationsByLanguage, milestone.data.language, sign) };
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

/** Languages stay in the order they were first counted; one no longer counted is left out. */
function translationsAfter(byLanguage: StatusCounts['translationsByLanguage'], language: string, sign: 1 | -1) {
  const count = (byLanguage[language] ?? 0) + sign;
  if (count <= 0) return Object.fromEntries(Object.entries(byLanguage).filter(([counted]) => counted !== language));
  const next: Record<string, number> = { ...byLanguage };
  next[language] = count;
  return next;
}
