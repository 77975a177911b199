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

/* Each of these fills in a ledger its caller has just copied: it replaces fields, never what they point to. */

export function addActivity(ledger: ActivityLedger, kind: PlannedActivityKind, date: string): void {
  const activityDates: Partial<Record<PlannedActivityKind, DateTally>> = { ...ledger.activityDates };
  activityDates[kind] = tallyDate(activityDates[kind] ?? emptyTally(), date, 1);
  ledger.activityDates = activityDates;
  ledger.lastActivityDate = laterDate(ledger.lastActivityDate, date);
  const fulfils = (plan: PlanEntry) => plan.kind === kind && plan.date <= date;
  if (!ledger.openPlans.some(fulfils)) return;
  ledger.fulfilledPlans = reopenable([...ledger.fulfilledPlans, ...ledger.openPlans.filter(fulfils)], activityDates);
  ledger.openPlans = ledger.openPlans.filter((plan) => !fulfils(plan));
}

export function removeActivity(ledger: ActivityLedger, kind: PlannedActivityKind, date: string): void {
  const activityDates: Partial<Record<PlannedActivityKind, DateTally>> = { ...ledger.activityDates };
  const counted = tallyDate(activityDates[kind] ?? emptyTally(), date, -1);
  activityDates[kind] = counted;
  ledger.activityDates = activityDates;
  if (date === ledger.lastActivityDate) {
    ledger.lastActivityDate = Object.values(activityDates).reduce<string | null>((latest, tally) => laterDate(latest, latestDate(tally)), null);
  }
  const latestOfKind = latestDate(counted) ?? '';
  const reopens = (plan: PlanEntry) => plan.kind === kind && latestOfKind < plan.date;
  if (!ledger.fulfilledPlans.some(reopens)) return;
  ledger.openPlans = sortPlans([...ledger.openPlans, ...ledger.fulfilledPlans.filter(reopens)]);
  ledger.fulfilledPlans = ledger.fulfilledPlans.filter((plan) => !reopens(plan));
}

/** A plan made after (or on the day of) the last activity of its kind stays open until the next one. */
export function addPlan(ledger: ActivityLedger, plan: PlanEntry): void {
  const latestOfKind = latestDate(ledger.activityDates[plan.kind] ?? emptyTally());
  if (latestOfKind !== null && latestOfKind >= plan.date) {
    ledger.fulfilledPlans = reopenable([...ledger.fulfilledPlans, plan], ledger.activityDates);
  } else {
    ledger.openPlans = sortPlans([...ledger.openPlans, plan]);
  }
}

export function removePlan(ledger: ActivityLedger, eventId: string): void {
  const others = (plan: PlanEntry) => plan.eventId !== eventId;
  ledger.openPlans = ledger.openPlans.filter(others);
  ledger.fulfilledPlans = ledger.fulfilledPlans.filter(others);
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
  for (let excess = kept.length - FULFILLED_PLANS_KEPT; excess > 0; excess--) kept.splice(earliestMade(kept), 1);
  return kept;
}

/** Of the plans made on the earliest day, the last listed. */
function earliestMade(plans: PlanEntry[]): number {
  let earliest = 0;
  for (let index = 1; index < plans.length; index++) if (plans[index].date <= plans[earliest].date) earliest = index;
  return earliest;
}

function sortPlans(plans: PlanEntry[]): PlanEntry[] {
  return plans.sort((a, b) => a.plannedFor.localeCompare(b.plannedFor) || a.date.localeCompare(b.date));
}
