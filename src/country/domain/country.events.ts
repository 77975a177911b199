import type { DomainEvent } from '../../event-store/event-envelope';

export const TRAINING_AUDIENCES = [
  'educators',
  'police',
  'coaches',
  'parents',
  'children',
  'industry',
  'policymakers',
  'other',
] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];

export const TRAINING_FORMATS = ['training-of-trainers', 'workshop', 'webinar', 'course'] as const;
export type TrainingFormat = (typeof TRAINING_FORMATS)[number];

export const EVENT_KINDS = ['national-event', 'summit', 'seminar', 'awareness-campaign', 'conference'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_ROLES = ['organised', 'contributed', 'participated'] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

export const PLANNED_ACTIVITY_KINDS = [
  'assistance-initiation',
  'framework-draft',
  'framework-adoption',
  'assistance-completion',
  'training',
  'guidelines-translation',
  'child-taskforce',
  'child-consultation',
  'event',
] as const;
export type PlannedActivityKind = (typeof PLANNED_ACTIVITY_KINDS)[number];

/** ISO 3166-1 alpha-3, e.g. `MLT`. */
export type CountryCode = string;
/** A business date, `YYYY-MM-DD`. */
export type BusinessDate = string;
/** A quarter, `YYYY-Qn`. */
export type QuarterId = string;

type Noted = { country: CountryCode; note?: string };

export type AssistanceInitiated = DomainEvent<'AssistanceInitiated', Noted & { date: BusinessDate; summary?: string }>;
export type FrameworkDrafted = DomainEvent<'FrameworkDrafted', Noted & { date: BusinessDate; title?: string }>;
export type FrameworkAdopted = DomainEvent<'FrameworkAdopted', Noted & { date: BusinessDate; instrument?: string }>;
export type AssistanceCompleted = DomainEvent<'AssistanceCompleted', Noted & { date: BusinessDate; outcome: string }>;
export type TrainingHeld = DomainEvent<
  'TrainingHeld',
  Noted & {
    date: BusinessDate;
    title: string;
    audience: TrainingAudience;
    format?: TrainingFormat;
    participants?: number;
    partners?: string[];
  }
>;
export type GuidelinesTranslated = DomainEvent<
  'GuidelinesTranslated',
  Noted & { date: BusinessDate; language: string; guidelines?: string; presented?: boolean }
>;
export type ChildTaskforceEstablished = DomainEvent<
  'ChildTaskforceEstablished',
  Noted & { date: BusinessDate; partner?: string }
>;
export type ChildConsultationHeld = DomainEvent<
  'ChildConsultationHeld',
  Noted & { date: BusinessDate; partner?: string; participants?: number }
>;
export type EventHeld = DomainEvent<
  'EventHeld',
  Noted & { date: BusinessDate; title: string; kind: EventKind; role: EventRole }
>;
/** `date` is the day the plan was made; `plannedFor` the quarter it is planned for. */
export type ActivityPlanned = DomainEvent<
  'ActivityPlanned',
  Noted & { date: BusinessDate; plannedFor: QuarterId; kind: PlannedActivityKind; title: string }
>;

export type Milestone =
  | AssistanceInitiated
  | FrameworkDrafted
  | FrameworkAdopted
  | AssistanceCompleted
  | TrainingHeld
  | GuidelinesTranslated
  | ChildTaskforceEstablished
  | ChildConsultationHeld
  | EventHeld
  | ActivityPlanned;

export type MilestoneType = Milestone['type'];
export type MilestoneData = Milestone['data'];

/** `previous` is the milestone's data as it stood before the correction; `changes` are applied over it. */
export type MilestoneCorrected = DomainEvent<
  'MilestoneCorrected',
  Noted & {
    eventId: string;
    milestoneType: MilestoneType;
    previous: MilestoneData;
    changes: Partial<MilestoneData>;
    reason: string;
  }
>;
export type MilestoneRetracted = DomainEvent<
  'MilestoneRetracted',
  Noted & { eventId: string; milestoneType: MilestoneType; previous: MilestoneData; reason: string }
>;

export type CountryEvent = Milestone | MilestoneCorrected | MilestoneRetracted;
