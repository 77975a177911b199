import { BusinessRuleViolated } from '../../shared/domain-errors';
import { assertHappened, assertNotPastQuarter } from '../domain/business-rules';
import type { MilestoneCorrected, MilestoneData } from '../domain/country.events';
import { CountryState, hasFrameworkDraftedBy } from '../domain/country.state';
import { adoptionsOrphanedByDraftChange, standingMilestone, TracedMilestone } from '../domain/milestone-revision';
import type { CorrectMilestoneCommand } from './correct-milestone.command';

/** `payload.changes` arrive validated against the milestone's own request rules (see the changes validator). */
export function decideCorrectMilestone(
  { country, payload, context }: CorrectMilestoneCommand,
  state: CountryState,
  traced: TracedMilestone | undefined,
): MilestoneCorrected[] {
  const milestone = standingMilestone(country, payload.eventId, 'corrected', traced);
  const changes = effectiveChanges(milestone.data, payload.changes);
  if (Object.keys(changes).length === 0) {
    throw new BusinessRuleViolated(
      `The changes leave milestone ${payload.eventId} as it is: every field named already has that value`,
      'changes',
    );
  }
  const date = stringChange(changes, 'date');
  if (date !== undefined) asCorrection('date', () => assertHappened(date, context.now));
  const plannedFor = stringChange(changes, 'plannedFor');
  if (plannedFor !== undefined) asCorrection('plannedFor', () => assertNotPastQuarter(plannedFor, context.now));
  if (date !== undefined) assertFrameworkOrderKept(state, payload.eventId, milestone, date);
  return [
    {
      type: 'MilestoneCorrected',
      data: {
        country,
        eventId: payload.eventId,
        milestoneType: milestone.type,
        previous: milestone.data,
        changes: changes as Partial<MilestoneData>,
        reason: payload.reason,
        ...(payload.note && { note: payload.note }),
      },
    },
  ];
}

function effectiveChanges(previous: MilestoneData, changes: Record<string, unknown>): Record<string, unknown> {
  const before = previous as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(changes).filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(before[field])),
  );
}

function stringChange(changes: Record<string, unknown>, field: string): string | undefined {
  const value = changes[field];
  return typeof value === 'string' ? value : undefined;
}

function asCorrection(field: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof BusinessRuleViolated)) throw error;
    throw new BusinessRuleViolated(`The correction cannot be made: ${lowerFirst(error.message)}`, `changes.${field}`);
  }
}

function assertFrameworkOrderKept(state: CountryState, eventId: string, milestone: TracedMilestone, date: string): void {
  if (milestone.type === 'FrameworkAdopted' && !hasFrameworkDraftedBy(state, date)) {
    throw new BusinessRuleViolated(
      `The correction cannot be made: a framework cannot be adopted before it was drafted, and no draft ` +
        `framework is recorded on or before ${date}`,
      'changes.date',
    );
  }
  if (milestone.type === 'FrameworkDrafted') {
    const orphaned = adoptionsOrphanedByDraftChange(state, eventId, date);
    if (orphaned.length > 0) {
      throw new BusinessRuleViolated(
        `The correction cannot be made: the framework was adopted on ${orphaned[0]}, and moving the draft ` +
          `to ${date} would leave that adoption before any draft`,
        'changes.date',
      );
    }
  }
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
