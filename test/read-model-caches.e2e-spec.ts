import { TimelineIndex } from '../src/queries/timeline-index';
import { ReadModelStore } from '../src/read-models/read-model.store';
import { freshCountry, startTestApp, TestApp } from './support/test-app';

type Body = Record<string, unknown>;
type Entry = { eventId: string; date: string; corrected?: Body[]; retracted?: Body };
type ReportRow = { eventId: string; date: string; participants: number | null };

const TRAINING = { date: '2024-11-12', title: 'Training of Trainers for Educators', audience: 'educators', participants: 25 };

describe('read-side caches', () => {
  let t: TestApp;
  let country: string;

  const logged = async (command: string, body: Body, target = country) =>
    (await t.http().post(`/api/countries/${target}/${command}`).send(body).expect(201)).body.eventId as string;
  const status = async (target = country) => (await t.http().get(`/api/countries/${target}`).expect(200)).body;
  const timeline = async (target = country) => (await t.http().get(`/api/countries/${target}/timeline`).expect(200)).body.entries as Entry[];
  const reportRows = async (quarter: string) =>
    ((await t.http().get(`/api/reports/quarterly/${quarter}?format=json`).expect(200)).body.activities as ReportRow[]).filter((row) =>
      row.eventId.length > 0,
    );
  const rowOf = async (quarter: string, eventId: string) => (await reportRows(quarter)).find((row) => row.eventId === eventId);

  beforeAll(async () => (t = await startTestApp()));
  beforeEach(() => (country = freshCountry()));
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  it('answers repeated reads without reading the documents again', async () => {
    await logged('hold-training', TRAINING);
    await Promise.all([status(), timeline(), reportRows('2024-Q4')]);
    const get = jest.spyOn(ReadModelStore.prototype, 'get');
    const listByPrefix = jest.spyOn(ReadModelStore.prototype, 'listByPrefix');
    const readIndex = jest.spyOn(TimelineIndex, 'read');

    expect((await status()).counts.trainings).toBe(1);
    expect(await timeline()).toHaveLength(1);
    expect(await reportRows('2024-Q4')).toHaveLength(1);

    expect(get).not.toHaveBeenCalled();
    expect(listByPrefix).not.toHaveBeenCalled();
    expect(readIndex).not.toHaveBeenCalled();
  });

  it('sees a write in the status, timeline and report read right after its 201', async () => {
    await Promise.all([status(), timeline(), reportRows('2024-Q4')]);
    const training = await logged('hold-training', TRAINING);

    expect(await status()).toMatchObject({ revision: 0, counts: { trainings: 1, peopleTrained: 25 }, lastActivityDate: '2024-11-12' });
    expect((await timeline()).map((entry) => entry.eventId)).toEqual([training]);
    expect(await rowOf('2024-Q4', training)).toMatchObject({ participants: 25 });
  });

  it('shows a correction at once, moving the activity to its corrected quarter', async () => {
    const training = await logged('hold-training', TRAINING);
    const other = await logged('hold-training', { ...TRAINING, date: '2024-10-01' });
    await Promise.all([status(), timeline(), reportRows('2024-Q3'), reportRows('2024-Q4')]);

    const correction = { eventId: training, changes: { date: '2024-09-20', participants: 30 }, reason: 'Sign-in sheet arrived' };
    await logged('correct-milestone', correction);

    expect(await status()).toMatchObject({ revision: 2, counts: { peopleTrained: 55 }, lastActivityDate: '2024-10-01' });
    const entries = await timeline();
    expect(entries.map((entry) => [entry.eventId, entry.date])).toEqual([[training, '2024-09-20'], [other, '2024-10-01']]);
    expect(entries[0].corrected).toEqual([expect.objectContaining({ reason: 'Sign-in sheet arrived' })]);
    expect(await rowOf('2024-Q4', training)).toBeUndefined();
    expect(await rowOf('2024-Q3', training)).toMatchObject({ date: '2024-09-20', participants: 30 });
  });

  it('shows a retraction at once: the stage falls back and the report drops the activity', async () => {
    await logged('initiate-assistance', { date: '2024-10-01' });
    const draft = await logged('draft-framework', { date: '2024-11-20' });
    await Promise.all([status(), timeline(), reportRows('2024-Q4')]);
    expect((await status()).stage).toBe('framework-drafted');

    await logged('retract-milestone', { eventId: draft, reason: 'The draft was never delivered' });

    expect(await status()).toMatchObject({ stage: 'assistance-initiated', lastActivityDate: '2024-10-01' });
    expect((await timeline()).find((entry) => entry.eventId === draft)?.retracted).toMatchObject({ reason: 'The draft was never delivered' });
    expect(await rowOf('2024-Q4', draft)).toBeUndefined();
  });

  it('reopens a plan at once when the activity that fulfilled it is retracted', async () => {
    const plannedFor = `${new Date().getUTCFullYear() + 1}-Q2`;
    const plan = await logged('plan-activity', { plannedFor, kind: 'training', title: 'Training for police' });
    const today = (await status()).openPlans[0].date as string;
    const fulfilling = await logged('hold-training', { ...TRAINING, date: today, audience: 'police' });
    expect((await status()).openPlans).toEqual([]);

    await logged('retract-milestone', { eventId: fulfilling, reason: 'Postponed' });
    expect((await status()).openPlans.map((open: { eventId: string }) => open.eventId)).toEqual([plan]);
  });

  it('adds a regional activity to the cached timeline and counts of every participating country', async () => {
    const [first, second] = [country, freshCountry()];
    await Promise.all([timeline(first), timeline(second), status(first), status(second)]);
    const body = { countries: [first, second], date: '2024-10-02', kind: 'workshop', title: 'Regional COP workshop', participants: 200 };
    const { eventId } = (await t.http().post('/api/regional-activities').send(body).expect(201)).body;

    for (const code of [first, second]) {
      expect((await timeline(code)).map((entry) => entry.eventId)).toContain(eventId);
      expect((await status(code)).counts.regionalActivities).toBe(1);
    }
  });

  it('lists a country under its new stage at once', async () => {
    const inStage = async (stage: string) =>
      ((await t.http().get(`/api/countries?stage=${stage}`).expect(200)).body as { code: string }[]).map((entry) => entry.code);
    expect(await inStage('assistance-initiated')).not.toContain(country);
    await logged('initiate-assistance', { date: '2024-10-01' });
    expect(await inStage('assistance-initiated')).toContain(country);
  });
});
