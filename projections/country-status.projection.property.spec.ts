import fc from 'fast-check';
import { CountryEvent, MilestoneData, MilestoneType, PlannedActivityKind } from '../src/country/domain/country.events';
import { foldCountry, latestStageMilestone } from '../src/country/domain/country.state';
import { Recorded } from '../src/event-store/event-envelope';
import { GivenEvent, recordAll } from '../src/shared/testing/projection-specification';
import { FULFILLED_PLANS_KEPT, KIND_OF } from './activity-ledger';
import { TALLY_DATES_KEPT } from './business-date-tally';
import { STAGE_MILESTONES_KEPT } from './country-stage';
import { CountryStatusDocument, countryStatusProjection } from './country-status.projection';
import { foldDocuments } from './projection';

const country = 'MLT';
const MILESTONE_TYPES: MilestoneType[] = [
  'AssistanceInitiated',
  'FrameworkDrafted',
  'FrameworkAdopted',
  'AssistanceCompleted',
  'TrainingHeld',
  'GuidelinesTranslated',
  'ChildTaskforceEstablished',
  'ChildConsultationHeld',
  'EventHeld',
  'ActivityPlanned',
];
const dates = fc.constantFrom('2024-01-05', '2024-03-10', '2024-03-10', '2024-06-30', '2024-11-12');
const languages = fc.constantFrom('fr', 'es', 'ar');
const kinds = fc.constantFrom<PlannedActivityKind>('training', 'event', 'assistance-initiation');

const log = fc.record({ op: fc.constant('log' as const), type: fc.constantFrom(...MILESTONE_TYPES), date: dates, participants: fc.nat(50), language: languages, kind: kinds });
const correct = fc.record({ op: fc.constant('correct' as const), target: fc.nat(), date: dates, participants: fc.nat(50), language: languages, kind: kinds });
const retract = fc.record({ op: fc.constant('retract' as const), target: fc.nat() });
const step = fc.oneof(log, correct, retract);
const mostlyLogs = fc.oneof({ arbitrary: log, weight: 10 }, { arbitrary: correct, weight: 1 }, { arbitrary: retract, weight: 1 });
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

/** How a long history is built: fewer removals and plans than the status keeps, a date of its own for each correction. */
type LongHistory = { removals: number; plans: number; dayOf: (s: Step, index: number) => string };

/** Turns random steps into a history the deciders could have produced: corrections only of live milestones. */
function historyOf(steps: Step[], long?: LongHistory): GivenEvent[] {
  const live = new Map<string, { type: MilestoneType; data: MilestoneData }>();
  const history: GivenEvent[] = [];
  let removals = 0;
  let plans = 0;
  steps.forEach((original, index) => {
    const s = long ? { ...original, date: long.dayOf(original, index) } : original;
    if (long && (s.op === 'log' ? s.type === 'ActivityPlanned' && ++plans > long.plans : ++removals > long.removals)) return;
    if (s.op === 'log') {
      const data = { country, date: s.date, title: 'T', audience: 'educators', participants: s.participants, language: s.language, kind: s.kind, role: 'organised', plannedFor: '2025-Q1', outcome: 'done' };
      const eventId = `m${index}`;
      live.set(eventId, { type: s.type, data: data as MilestoneData });
      history.push({ type: s.type, eventId, data } as GivenEvent);
      return;
    }
    const ids = [...live.keys()];
    if (ids.length === 0) return;
    const eventId = ids[s.target % ids.length];
    const { type, data: previous } = live.get(eventId)!;
    if (s.op === 'retract') {
      live.delete(eventId);
      history.push({ type: 'MilestoneRetracted', data: { country, eventId, milestoneType: type, previous, reason: 'r' } });
      return;
    }
    const changes = { date: s.date, ...(type === 'TrainingHeld' && { participants: s.participants }), ...(type === 'GuidelinesTranslated' && { language: s.language }), ...(type === 'ActivityPlanned' && { kind: s.kind }) };
    live.set(eventId, { type, data: { ...previous, ...changes } as MilestoneData });
    history.push({ type: 'MilestoneCorrected', data: { country, eventId, milestoneType: type, previous, changes, reason: 'r' } });
  });
  return history;
}

/** Milestones that still stand after the whole history, with their corrected data, in log order. */
function standingMilestones(events: Recorded<CountryEvent>[]) {
  const standing = new Map<string, { type: MilestoneType; data: MilestoneData }>();
  for (const event of events) {
    if (event.type === 'MilestoneRetracted') standing.delete(event.data.eventId);
    else if (event.type !== 'MilestoneCorrected') standing.set(event.eventId, { type: event.type, data: event.data });
    else if (standing.has(event.data.eventId)) {
      const milestone = standing.get(event.data.eventId)!;
      standing.set(event.data.eventId, { ...milestone, data: { ...milestone.data, ...event.data.changes } as MilestoneData });
    }
  }
  return [...standing].map(([eventId, milestone]) => ({ eventId, ...milestone }));
}

/** The status recomputed from scratch, its stage by the write side's own fold. */
function recomputed(events: Recorded<CountryEvent>[]) {
  const state = foldCountry(events);
  const active = standingMilestones(events);
  const of = (type: MilestoneType) => active.filter((milestone) => milestone.type === type);
  const activities = active.filter((milestone) => milestone.type !== 'ActivityPlanned');
  const languageCounts: Record<string, number> = {};
  of('GuidelinesTranslated').forEach(({ data }) => {
    const language = (data as { language: string }).language;
    languageCounts[language] = (languageCounts[language] ?? 0) + 1;
  });
  const stageType = latestStageMilestone(state)?.type;
  return {
    stage: stageType ? { AssistanceInitiated: 'assistance-initiated', FrameworkDrafted: 'framework-drafted', FrameworkAdopted: 'framework-adopted', AssistanceCompleted: 'assistance-completed' }[stageType as string] : 'not-engaged',
    revision: state.revision,
    trainings: of('TrainingHeld').length,
    peopleTrained: of('TrainingHeld').reduce((sum, { data }) => sum + ((data as { participants?: number }).participants ?? 0), 0),
    translationsByLanguage: languageCounts,
    lastActivityDate: activities.map(({ data }) => data.date).sort().at(-1) ?? null,
    openPlans: of('ActivityPlanned')
      .filter(({ data }) => {
        const plan = data as { kind: string; date: string };
        return !activities.some((activity) => KIND_OF[activity.type as keyof typeof KIND_OF] === plan.kind && activity.data.date >= plan.date);
      })
      .map(({ eventId }) => eventId)
      .sort(),
  };
}

/** Frozen all the way down, so that any change to it throws (specs run in strict mode). */
function deepFrozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFrozen);
    Object.freeze(value);
  }
  return value;
}

const summaryOf = (status: CountryStatusDocument) => ({
  stage: status.stage,
  revision: status.revision,
  trainings: status.counts.trainings,
  peopleTrained: status.counts.peopleTrained,
  translationsByLanguage: status.counts.translationsByLanguage,
  lastActivityDate: status.lastActivityDate,
  openPlans: status.openPlans.map((plan) => plan.eventId).sort(),
});

describe('country status projection, folded one event at a time', () => {
  it('always agrees with the status recomputed from the whole history', () =>
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40, size: 'max' }), (steps) => {
        const events = recordAll(historyOf(steps));
        const status = foldDocuments(countryStatusProjection, events).get(country);
        const expected = recomputed(events as Recorded<CountryEvent>[]);
        if (!status) return expect(events).toEqual([]);
        expect(summaryOf(status)).toEqual(expected);
      }),
      { numRuns: 500 },
    ));

  it('never changes the state it is given: each event yields a new status', () =>
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40, size: 'max' }), (steps) => {
        const events = recordAll(historyOf(steps));
        let status: CountryStatusDocument | null = null;
        for (const event of events) {
          for (const key of countryStatusProjection.documentsOf(event)) {
            const given = deepFrozen(status);
            const copyOfGiven = structuredClone(given);
            status = countryStatusProjection.evolve(given, event, key);
            expect(given).toEqual(copyOfGiven);
          }
        }
        expect(status).toEqual(foldDocuments(countryStatusProjection, events).get(country) ?? null);
      }),
      { numRuns: 300 },
    ));

  it('agrees over long histories too, while fewer of the latest are retracted or corrected than it keeps', () => {
    const day = (offset: number) => new Date(Date.UTC(2010, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    const long: LongHistory = {
      removals: Math.min(TALLY_DATES_KEPT, STAGE_MILESTONES_KEPT) - 1,
      plans: FULFILLED_PLANS_KEPT,
      dayOf: (s, index) => (s.op === 'log' ? day(2 * (s.participants * 7 + index)) : day(2 * index + 1)),
    };
    fc.assert(
      fc.property(fc.array(mostlyLogs, { minLength: 200, maxLength: 400 }), (steps) => {
        const events = recordAll(historyOf(steps, long));
        const status = foldDocuments(countryStatusProjection, events).get(country)!;
        expect(summaryOf(status)).toEqual(recomputed(events as Recorded<CountryEvent>[]));
      }),
      { numRuns: 100 },
    );
  });
});
