import type { Milestone } from '../src/country/domain/country.events';

export const COUNTRY_STAGES = [
  'not-engaged',
  'assistance-initiated',
  'framework-drafted',
  'framework-adopted',
  'assistance-completed',
] as const;
export type CountryStage = (typeof COUNTRY_STAGES)[number];

type StageMilestoneType = 'AssistanceInitiated' | 'FrameworkDrafted' | 'FrameworkAdopted' | 'AssistanceCompleted';
export type StageMilestone = { eventId: string; type: StageMilestoneType; date: string; position: number };

/**
 * The stage is the one reached by the latest unretracted stage milestone by business date; log order breaks ties.
 * Only the latest STAGE_MILESTONES_KEPT are kept, so that a long history stays small; `droppedStageMilestone` is
 * the latest one let go. Milestones ranked below it are not kept either, and once every kept one is retracted
 * it stands in for the latest (exact unless it was retracted as well).
 */
export type StageLedger = { stage: CountryStage; stageMilestones: StageMilestone[]; droppedStageMilestone?: StageMilestone };

export const STAGE_MILESTONES_KEPT = 16;

const STAGE_REACHED_BY: Record<StageMilestoneType, CountryStage> = {
  AssistanceInitiated: 'assistance-initiated',
  FrameworkDrafted: 'framework-drafted',
  FrameworkAdopted: 'framework-adopted',
  AssistanceCompleted: 'assistance-completed',
};

export const emptyStageLedger = (): StageLedger => ({ stage: 'not-engaged', stageMilestones: [] });

export const isStageMilestone = (milestone: Milestone): milestone is Extract<Milestone, { type: StageMilestoneType }> =>
  milestone.type in STAGE_REACHED_BY;

/** Fills in a ledger the caller has just copied, as the activity ledger's functions do. */
export function addStageMilestone(ledger: StageLedger, milestone: StageMilestone): void {
  const dropped = ledger.droppedStageMilestone;
  if (dropped && byBusinessDate(milestone, dropped) <= 0) return;
  restage(ledger, [...ledger.stageMilestones, milestone]);
}

export function removeStageMilestone(ledger: StageLedger, eventId: string): void {
  const remaining = ledger.stageMilestones.filter((milestone) => milestone.eventId !== eventId);
  if (remaining.length < ledger.stageMilestones.length) restage(ledger, remaining);
}

export function stagePositionOf(ledger: StageLedger, eventId: string): number | undefined {
  const kept = ledger.stageMilestones.find((milestone) => milestone.eventId === eventId);
  if (kept) return kept.position;
  return ledger.droppedStageMilestone?.eventId === eventId ? ledger.droppedStageMilestone.position : undefined;
}

function restage(ledger: StageLedger, stageMilestones: StageMilestone[]): void {
  const sorted = stageMilestones.sort(byBusinessDate);
  const excess = sorted.length - STAGE_MILESTONES_KEPT;
  const kept = excess > 0 ? sorted.slice(excess) : sorted;
  const dropped = excess > 0 ? sorted[excess - 1] : ledger.droppedStageMilestone;
  const latest = kept.at(-1) ?? dropped;
  ledger.stageMilestones = kept;
  if (dropped) ledger.droppedStageMilestone = dropped;
  ledger.stage = latest ? STAGE_REACHED_BY[latest.type] : 'not-engaged';
}

function byBusinessDate(a: StageMilestone, b: StageMilestone): number {
  return a.date.localeCompare(b.date) || a.position - b.position;
}
