import { GivenEvent, projectionSpecification } from '../src/shared/testing/projection-specification';
import { FULFILLED_PLANS_KEPT } from './activity-ledger';
import { TALLY_DATES_KEPT } from './business-date-tally';
import { STAGE_MILESTONES_KEPT } from './country-stage';
import { countryStatusProjection, emptyCountryStatus } from './country-status.projection';

const given = projectionSpecification(countryStatusProjection);
const country = 'MDV';

const milestone = (type: string, id: string, date: string, extra: object = {}) =>
  ({ type, eventId: id, data: { country, date, ...extra } }) as GivenEvent;
const initiated = (id: string, date: string) => milestone('AssistanceInitiated', id, date);
const drafted = (id: string, date: string) => milestone('FrameworkDrafted', id, date);
const adopted = (id: string, date: string) => milestone('FrameworkAdopted', id, date);
const completed = (id: string, date: string) => milestone('AssistanceCompleted', id, date, { outcome: 'Framework in force' });
const training = (id: string, date: string, participants?: number) =>
  milestone('TrainingHeld', id, date, { title: 'ToT for Educators', audience: 'educators', participants });
const translated = (id: string, date: string, language: string) =>
  milestone('GuidelinesTranslated', id, date, { language });
const planned = (id: string, date: string, kind: string, plannedFor = '2025-Q1') =>
  milestone('ActivityPlanned', id, date, { kind, plannedFor, title: `Planned ${kind}` });
const corrected = (of: GivenEvent, changes: object): GivenEvent => ({
  type: 'MilestoneCorrected',
  data: { country, eventId: of.eventId!, milestoneType: of.type, previous: of.data, changes, reason: 'typo' },
} as GivenEvent);
const retracted = (of: GivenEvent): GivenEvent => ({
  type: 'MilestoneRetracted',
  data: { country, eventId: of.eventId!, milestoneType: of.type, previous: of.data, reason: 'logged twice' },
} as GivenEvent);
const regional = (countries: string[]): GivenEvent => ({
  type: 'RegionalActivityHeld',
  data: { activityId: 'ra-1', countries, date: '2024-10-02', kind: 'workshop', title: 'Regional workshop' },
});

const statusAfter = (history: GivenEvent[], ...events: GivenEvent[]) => given(history).when(...events).documents.get(country)!;
const openPlanIds = (history: GivenEvent[]) => statusAfter(history).openPlans.map((plan) => plan.eventId);

describe('country status projection', () => {
  describe('stage', () => {
    it('moves through the stages as milestones are logged', () => {
      const history = [initiated('i', '2024-01-10'), drafted('d', '2024-03-01'), adopted('a', '2024-06-01')];
      expect(statusAfter(history.slice(0, 1)).stage).toBe('assistance-initiated');
      expect(statusAfter(history.slice(0, 2)).stage).toBe('framework-drafted');
      expect(statusAfter(history).stage).toBe('framework-adopted');
      expect(statusAfter(history, completed('c', '2024-09-01')).stage).toBe('assistance-completed');
    });

    it('follows the business date, not the order things were logged in', () =>
      expect(statusAfter([drafted('d', '2024-05-01')], initiated('i', '2024-01-10')).stage).toBe('framework-drafted'));

    it('breaks a tie on the same date by log order', () =>
      expect(statusAfter([initiated('i', '2024-05-01')], drafted('d', '2024-05-01')).stage).toBe('framework-drafted'));

    it('falls back to the previous stage when the latest stage milestone is retracted', () => {
      const draft = drafted('d', '2024-03-01');
      const history = [initiated('i', '2024-01-10'), draft];
      expect(statusAfter(history, retracted(draft)).stage).toBe('assistance-initiated');
    });

    it('is not engaged again once every stage milestone is retracted', () => {
      const start = initiated('i', '2024-01-10');
      expect(statusAfter([start], retracted(start)).stage).toBe('not-engaged');
    });

    it('follows a corrected date', () => {
      const restart = initiated('i2', '2024-09-01');
      const history = [initiated('i1', '2024-01-10'), completed('c', '2024-06-01'), restart];
      expect(statusAfter(history).stage).toBe('assistance-initiated');
      expect(statusAfter(history, corrected(restart, { date: '2024-05-01' })).stage).toBe('assistance-completed');
    });
  });

  describe('counts', () => {
    it('counts trainings and the people trained', () =>
      given([training('t1', '2024-11-12', 25)])
        .when(training('t2', '2024-11-20'))
        .then(country, expect.objectContaining({ counts: expect.objectContaining({ trainings: 2, peopleTrained: 25 }) })));

    it('replaces the corrected contribution, not adds to it', () => {
      const tot = training('t1', '2024-11-12', 25);
      const { counts } = statusAfter([tot], corrected(tot, { participants: 30 }));
      expect(counts).toMatchObject({ trainings: 1, peopleTrained: 30 });
    });

    it('removes a retracted training from the counts', () => {
      const tot = training('t1', '2024-11-12', 25);
      expect(statusAfter([tot, training('t2', '2024-11-13', 5)], retracted(tot)).counts).toMatchObject({
        trainings: 1,
        peopleTrained: 5,
      });
    });

    it('moves a translation to its corrected language', () => {
      const french = translated('g1', '2024-10-01', 'fr');
      const history = [french, translated('g2', '2024-10-02', 'es')];
      expect(statusAfter(history).counts.translationsByLanguage).toEqual({ fr: 1, es: 1 });
      expect(statusAfter(history, corrected(french, { language: 'es' })).counts.translationsByLanguage).toEqual({ es: 2 });
    });

    it('counts child participation and events', () =>
      expect(
        statusAfter([
          milestone('ChildTaskforceEstablished', 'ct', '2024-02-01', { partner: 'University of Malta' }),
          milestone('ChildConsultationHeld', 'cc', '2024-03-01'),
          milestone('EventHeld', 'e', '2024-04-01', { title: 'Summit', kind: 'summit', role: 'contributed' }),
        ]).counts,
      ).toMatchObject({ childTaskforces: 1, childConsultations: 1, events: 1 }));
  });

  describe('revision and dates', () => {
    it('carries the revision of the last event in the country stream, corrections included', () => {
      const tot = training('t1', '2024-11-12', 25);
      const status = statusAfter([tot, training('t2', '2024-11-13')], corrected(tot, { participants: 3 }));
      expect(status.revision).toBe(2);
    });

    it('takes the last activity date by business date and falls back when it is retracted', () => {
      const latest = training('t2', '2024-11-20');
      const history = [training('t1', '2024-11-12'), latest, training('t3', '2024-11-15')];
      expect(statusAfter(history).lastActivityDate).toBe('2024-11-20');
      expect(statusAfter(history, retracted(latest)).lastActivityDate).toBe('2024-11-15');
      expect(statusAfter(history, corrected(latest, { date: '2024-10-01' })).lastActivityDate).toBe('2024-11-15');
    });

    it('does not count the day a plan was made as activity', () =>
      expect(statusAfter([planned('p', '2024-12-01', 'training')]).lastActivityDate).toBeNull());
  });

  describe('regional activities', () => {
    it('counts the activity for every listed country without touching their stream revision', () => {
      const { documents } = given([training('t1', '2024-11-12')]).when(
        { ...regional([country, 'KEN']), recordedAt: '2024-12-20T08:00:00.000Z' },
      );
      expect(documents.get(country)).toMatchObject({
        revision: 0,
        lastRecordedAt: '2024-12-20T08:00:00.000Z',
        counts: expect.objectContaining({ regionalActivities: 1, trainings: 1 }),
      });
      expect(documents.get('KEN')).toMatchObject({ revision: -1, stage: 'not-engaged', counts: { ...emptyCountryStatus('KEN').counts, regionalActivities: 1 } });
    });

    it('ignores published reports', () =>
      given([])
        .when({ type: 'QuarterlyReportPublished', data: { quarter: '2024-Q4', asOf: 'x', format: 'md', contentHash: 'h', throughPosition: 1 } })
        .thenKeys([]));
  });

  describe('plans', () => {
    it('keeps a plan open until an activity of its kind happens on or after the day it was made', () => {
      const plan = planned('p', '2024-12-01', 'training');
      expect(openPlanIds([plan])).toEqual(['p']);
      expect(openPlanIds([plan, training('t-before', '2024-11-30')])).toEqual(['p']);
      expect(openPlanIds([plan, translated('g', '2024-12-05', 'fr')])).toEqual(['p']);
      expect(openPlanIds([plan, training('t', '2024-12-05')])).toEqual([]);
    });

    it('is fulfilled at once when the activity was logged before the plan', () =>
      expect(openPlanIds([training('t', '2024-12-05'), planned('p', '2024-12-01', 'training')])).toEqual([]));

    it('describes what is planned and for when', () =>
      expect(statusAfter([planned('p', '2024-12-01', 'child-consultation', '2025-Q2')]).openPlans).toEqual([
        { eventId: 'p', date: '2024-12-01', plannedFor: '2025-Q2', kind: 'child-consultation', title: 'Planned child-consultation' },
      ]));

    it('drops a retracted plan', () => {
      const plan = planned('p', '2024-12-01', 'training');
      expect(openPlanIds([plan, retracted(plan)])).toEqual([]);
    });

    it('reopens a plan when the activity that fulfilled it is retracted', () => {
      const fulfilling = training('t', '2024-12-05');
      expect(openPlanIds([planned('p', '2024-12-01', 'training'), fulfilling, retracted(fulfilling)])).toEqual(['p']);
    });

    it('stays fulfilled when another activity of its kind on the plan date remains', () => {
      const other = training('t2', '2024-11-01');
      expect(openPlanIds([planned('p', '2024-12-01', 'training'), training('t1', '2024-12-01'), other, retracted(other)])).toEqual([]);
    });

    it('re-evaluates a plan whose kind is corrected', () => {
      const plan = planned('p', '2024-12-01', 'training');
      expect(openPlanIds([training('t', '2024-12-05'), plan, corrected(plan, { kind: 'event' })])).toEqual(['p']);
    });

    it('orders open plans by the quarter they are planned for', () =>
      expect(openPlanIds([planned('late', '2024-12-01', 'event', '2025-Q3'), planned('soon', '2024-12-02', 'event', '2025-Q1')])).toEqual([
        'soon',
        'late',
      ]));
  });

  describe('a long history', () => {
    const day = (offset: number) => new Date(Date.UTC(2010, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    const days = Array.from({ length: 3000 }, (_, index) => index);
    const stageMilestones = [initiated, drafted, adopted, completed];
    const trainings = days.map((index) => training(`t${index}`, day(index), 10));
    const stages = days.filter((index) => index % 50 === 0).map((index) => stageMilestones[(index / 50) % 4](`s${index}`, day(index)));
    const plans = days.filter((index) => index % 20 === 0).map((index) => planned(`p${index}`, day(index - 1), 'training'));
    const history = [...trainings, ...stages, ...plans];

    it('keeps the document small and bounded, with exact counts', () => {
      const status = statusAfter(history);
      expect(JSON.stringify(status).length).toBeLessThan(12_000);
      expect(status.activityDates.training?.dates).toHaveLength(TALLY_DATES_KEPT);
      expect(status.stageMilestones).toHaveLength(STAGE_MILESTONES_KEPT);
      expect(status.fulfilledPlans.length).toBeLessThanOrEqual(FULFILLED_PLANS_KEPT);
      expect(status.counts).toMatchObject({ trainings: 3000, peopleTrained: 30_000 });
      expect(status).toMatchObject({ stage: 'assistance-completed', lastActivityDate: day(2999), openPlans: [] });
    });

    it('finds the last activity and the stage again after the latest ones are retracted or corrected', () => {
      const status = statusAfter(history, retracted(trainings[2999]), corrected(trainings[2998], { date: day(5) }), retracted(stages.at(-1)!));
      expect(status.lastActivityDate).toBe(day(2997));
      expect(status.stage).toBe('framework-adopted');
      expect(status.counts).toMatchObject({ trainings: 2999, peopleTrained: 29_990 });
    });

    it('reopens a recent plan when the activities that fulfilled it are retracted', () => {
      const late = planned('late', day(2990), 'training');
      const status = statusAfter([...history, late], ...trainings.slice(2990).map(retracted));
      expect(status.openPlans.map((plan) => plan.eventId)).toEqual(['late']);
      expect(status.lastActivityDate).toBe(day(2989));
    });
  });
});
