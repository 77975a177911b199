import type { Milestone, PlannedActivityKind } from '../src/country/domain/country.events';
import { DateTally, emptyTally, latestDate, laterDate, tallyDate } from './business-date-tally';

/** `date` is the day the plan was made; an activity of its kind on or after that day fulfils it. */
export type PlanEntry = { eventId: string; date: string; plannedFor: string; kind: PlannedActivityKind; title: string };

/**
 * When each kind of activity last happened in a country, which of its plans are still open, and which
 * fulfilled plans a retraction could still reopen. Bounded however long the history (see DateTally).
 */
export type ActivityLedger = {
  openPlans: PlanEntry[];
  fulfilledPlans: PlanEntry[];
  lastActivityDate: string | null;
  activityDates: Readonly<Partial<Record<PlannedActivityKind, DateTally>>>;
};

export const FULFILLED_PLANS_KEPT = 32;

export type Activity = Exclude<Milestone, { type: 'ActivityPlanned' }>;

/** The plan kind each activity fulfils. */
export const KIND_OF: Record<Activity['type'], PlannedActivityKind> = {
  AssistanceInitiated: 'assistance-initiation',
  FrameworkDrafted: 'framework-draft',
  FrameworkAdopted: 'framework-adoption',
  AssistanceCompleted: 'assistance-completion',
  TrainingHeld: 'training',
  GuidelinesTranslated: 'guidelines-translation',
  ChildTaskforceEstablished: 'child-taskforce',
  ChildConsultationHeld: 'child-consultation',
  EventHeld: 'event',
};

export const emptyActivityLedger = (): ActivityLedger => ({
  openPlans: [],
  fulfilledPlans: [],
  lastActivityDate: null,
  activityDates: {},
});

export function withActivity<Ledger extends ActivityLedger>(ledger: Ledger, kind: PlannedActivityKind, date: string): Ledger {
  const tally = ledger.activityDates[kind] ?? emptyTally();
  const counted = tallyDate(tally, date, 1);
  const activityDates = { ...ledger.activityDates, [kind]: counted };
  const fulfilled = ledger.openPlans.filter((plan) => plan.kind === kind && plan.date <= date);
  return {
    ...ledger,
    activityDates,
    lastActivityDate: laterDate(ledger.lastActivityDate, date),
    ...(fulfilled.length > 0 && {
      openPlans: ledger.openPlans.filter((plan) => !fulfilled.includes(plan)),
      fulfilledPlans: reopenable([...ledger.fulfilledPlans, ...fulfilled], activityDates),
    }),
  };
}

export function withoutActivity<Ledger extends ActivityLedger>(ledger: Ledger, kind: PlannedActivityKind, date: string): Ledger {
  const counted = tallyDate(ledger.activityDates[kind] ?? emptyTally(), date, -1);
  const activityDates = { ...ledger.activityDates, [kind]: counted };
  const latestOfKind = latestDate(counted) ?? '';
  const reopened = ledger.fulfilledPlans.filter((plan) => plan.kind === kind && latestOfKind < plan.date);
  const lastActivityDate =
    date === ledger.lastActivityDate
      ? Object.values(activityDates).reduce<string | null>((latest, tally) => laterDate(latest, latestDate(tally)), null)
      : ledger.lastActivityDate;
  return {
    ...ledger,
    activityDates,
    lastActivityDate,
    ...(reopened.length > 0 && {
      openPlans: sortPlans([...ledger.openPlans, ...reopened]),
      fulfilledPlans: ledger.fulfilledPlans.filter((plan) => !reopened.includes(plan)),
    }),
  };
}

/** A plan made after (or on the day of) the last activity of its kind stays open until the next one. */
export function withPlan<Ledger extends ActivityLedger>(ledger: Ledger, plan: PlanEntry): Ledger {
  const latestOfKind = latestDate(ledger.activityDates[plan.kind] ?? emptyTally());
  if (latestOfKind !== null && latestOfKind >= plan.date) {
    return { ...ledger, fulfilledPlans: reopenable([...ledger.fulfilledPlans, plan], ledger.activityDates) };
  }
  return { ...ledger, openPlans: sortPlans([...ledger.openPlans, plan]) };
}

export function withoutPlan<Ledger extends ActivityLedger>(ledger: Ledger, eventId: string): Ledger {
  const others = (plan: PlanEntry) => plan.eventId !== eventId;
  return { ...ledger, openPlans: ledger.openPlans.filter(others), fulfilledPlans: ledger.fulfilledPlans.filter(others) };
}

/**
 * Whenever plans join the fulfilled ones, those no retraction could reopen are let go: a plan not newer than every
 * date its kind's tally still counts (a retraction reopens only plans newer than the latest date of their kind, which
 * never falls below the dates let go), and all but the FULFILLED_PLANS_KEPT latest made. Between such moments a plan
 * that can no longer reopen may stay: letting go on every activity meant visiting every plan, as nearly every new
 * activity date makes its tally let an old one go.
 */
function reopenable(plans: PlanEntry[], activityDates: ActivityLedger['activityDates']): PlanEntry[] {
  const kept = plans.filter((plan) => plan.date > (activityDates[plan.kind]?.droppedUpTo ?? ''));
  if (kept.length <= FULFILLED_PLANS_KEPT) return kept;
  const latest = new Set([...kept].sort((a, b) => b.date.localeCompare(a.date)).slice(0, FULFILLED_PLANS_KEPT));
  return kept.filter((plan) => latest.has(plan));
}

function sortPlans(plans: PlanEntry[]): PlanEntry[] {
  return plans.sort((a, b) => a.plannedFor.localeCompare(b.plannedFor) || a.date.localeCompare(b.date));
}
