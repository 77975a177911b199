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

/** The stage is the one reached by the latest unretracted stage milestone by business date; log order breaks ties. */
export type StageLedger = { stage: CountryStage; stageMilestones: StageMilestone[] };

const STAGE_REACHED_BY: Record<StageMilestoneType, CountryStage> = {
  AssistanceInitiated: 'assistance-initiated',
  FrameworkDrafted: 'framework-drafted',
  FrameworkAdopted: 'framework-adopted',
  AssistanceCompleted: 'assistance-completed',
};

export const emptyStageLedger = (): StageLedger => ({ stage: 'not-engaged', stageMilestones: [] });

export const isStageMilestone = (milestone: Milestone): milestone is Extract<Milestone, { type: StageMilestoneType }> =>
  milestone.type in STAGE_REACHED_BY;

export function withStageMilestone<Ledger extends StageLedger>(ledger: Ledger, milestone: StageMilestone): Ledger {
  return staged(ledger, [...ledger.stageMilestones, milestone]);
}

export function withoutStageMilestone<Ledger extends StageLedger>(ledger: Ledger, eventId: string): Ledger {
  return staged(ledger, ledger.stageMilestones.filter((milestone) => milestone.eventId !== eventId));
}

export function stagePositionOf(ledger: StageLedger, eventId: string): number | undefined {
  return ledger.stageMilestones.find((milestone) => milestone.eventId === eventId)?.position;
}

function staged<Ledger extends StageLedger>(ledger: Ledger, stageMilestones: StageMilestone[]): Ledger {
  const sorted = stageMilestones.sort((a, b) => a.date.localeCompare(b.date) || a.position - b.position);
  const latest = sorted.at(-1);
  return { ...ledger, stageMilestones: sorted, stage: latest ? STAGE_REACHED_BY[latest.type] : 'not-engaged' };
}
