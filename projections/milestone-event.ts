import type { MilestoneType } from '../src/country/domain/country.events';
import type { RecordedTrackerEvent } from '../src/tracker-events';

export type RecordedMilestone = Extract<RecordedTrackerEvent, { type: MilestoneType }>;

/** A record, not a list, so the compiler insists on every milestone type and nothing else. */
const MILESTONE_TYPES: Readonly<Record<MilestoneType, true>> = {
  AssistanceInitiated: true,
  FrameworkDrafted: true,
  FrameworkAdopted: true,
  AssistanceCompleted: true,
  TrainingHeld: true,
  GuidelinesTranslated: true,
  ChildTaskforceEstablished: true,
  ChildConsultationHeld: true,
  EventHeld: true,
  ActivityPlanned: true,
};

/** Narrows to a milestone, leaving corrections, retractions and non-country events to an exhaustive switch. */
export const isMilestoneEvent = (event: RecordedTrackerEvent): event is RecordedMilestone =>
  Object.prototype.hasOwnProperty.call(MILESTONE_TYPES, event.type);
