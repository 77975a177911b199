import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countryTimelineProjection } from '../projections/country-timeline.projection';
import { countryStream } from '../src/country/country-stream';
import { EVENT_STORE, EventStore, ReadAllOptions } from '../src/event-store/event-store.port';
import { FOLLOWER_BATCH_SIZE } from '../src/event-store/log-follower';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { CATCH_UP_WHILE_SERVING_EVENTS, ProjectionRunner } from '../src/read-models/projection-runner.service';
import { toNewEvents } from '../src/shared/command/new-events';
import { freshCountry, startTestApp, TestApp } from './support/test-app';

const training = { date: '2024-11-12', title: 'Training of Trainers for Educators', audience: 'educators' };
const TRAININGS = CATCH_UP_WHILE_SERVING_EVENTS + 500;

/** Holds the projection runner's reads of the log after its first batch until `open()`, so that a test can act in the middle of a catch-up. */
function gateLogReads() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const readAll = SqliteEventStore.prototype.readAll;
  jest.spyOn(SqliteEventStore.prototype, 'readAll').mockImplementation(async function (this: SqliteEventStore, options: ReadAllOptions) {
    if (options.fromPosition > 0 && options.maxCount === FOLLOWER_BATCH_SIZE) await opened;
    return readAll.call(this, options);
  });
  return open;
}

describe('a start far behind the log (a projection at a new version)', () => {
  let dir: string;
  let t: TestApp;
  let country: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ta-tracker-catch-up-'));
    country = freshCountry();
    t = await startTestApp({}, dir);
    await t.http().post(`/api/countries/${country}/initiate-assistance`).send({ date: '2024-02-01' }).expect(201);
    const trainings = Array.from({ length: TRAININGS }, (_, n) => ({ type: 'TrainingHeld' as const, data: { country, ...training, title: `Training ${n}` } }));
    const context = { now: '2024-11-12T09:00:00.000Z', actor: 'importer', commandId: 'import', correlationId: 'import', causationId: 'import' };
    const appended = await t.app.get<EventStore>(EVENT_STORE).appendToStream(countryStream(country), toNewEvents(trainings, context, () => randomUUID()), 0);
    await t.app.get(ProjectionRunner).waitUntilProjected(appended.lastPosition);
    await t.close();
    const db = new Database(t.config.sqlitePath);
    db.prepare('UPDATE projection_checkpoints SET version = version - 1 WHERE projection = ?').run(countryTimelineProjection.name);
    db.close();
  });
  afterAll(async () => {
    await t.close();
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves at once: the read model being rebuilt answers 503 with Retry-After, the rest and commands go on', async () => {
    const open = gateLogReads();
    t = await startTestApp({}, dir);
    const runner = t.app.get(ProjectionRunner);

    const timeline = await t.http().get(`/api/countries/${country}/timeline`).expect(503);
    expect(timeline.headers['retry-after']).toBe('5');
    expect(timeline.body).toMatchObject({ statusCode: 503, message: expect.stringContaining('The country-timeline read model is being rebuilt') });
    const page = await t.http().get(`/country/${country}`).expect(503);
    expect(page.headers['retry-after']).toBe('5');
    expect(page.text).toContain('Being brought up to date');
    expect(page.text).toContain('The country-timeline read model is being rebuilt');
    const health = await t.anonymous().get('/api/health').expect(200);
    expect(health.body).toMatchObject({ status: 'degraded', projections: { subscription: { state: 'catching-up' }, catchingUp: { target: TRAININGS + 1 } } });
    const status = await t.http().get(`/api/countries/${country}`).expect(200);
    expect(status.body.counts.trainings).toBe(TRAININGS);
    const held = await t.http().post(`/api/countries/${country}/hold-training`).send(training).expect(201);
    expect(held.body.revision).toBe(TRAININGS + 1);
    expect(runner.catchUpProgress()).toBeDefined();

    open();
    await runner.caughtUp();
    await t.http().get(`/country/${country}`).expect(200);
    const caughtUp = await t.http().get(`/api/countries/${country}/timeline?limit=1`).expect(200);
    expect(caughtUp.body.total).toBe(TRAININGS + 2);
    expect((await t.http().get(`/api/countries/${country}`).expect(200)).body.counts.trainings).toBe(TRAININGS + 1);
    expect((await t.anonymous().get('/api/health').expect(200)).body).toMatchObject({ status: 'ok', projections: { catchingUp: null } });
  });
});
