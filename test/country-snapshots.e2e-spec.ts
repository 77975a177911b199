import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { countryTimelineProjection } from '../projections/country-timeline.projection';
import { rebuildProjections } from '../src/cli/rebuild-projections';
import { countryStream } from '../src/country/country-stream';
import { EVENT_STORE, EventStore } from '../src/event-store/event-store.port';
import { toNewEvents } from '../src/shared/command/new-events';
import { freshCountry, startTestApp, TestApp } from './support/test-app';

const training = { date: '2024-11-12', title: 'Training of Trainers for Educators', audience: 'educators' };

/** A country whose stream holds an initiated assistance and then 600 trainings, appended straight to the store. */
async function longHistory(t: TestApp, country: string): Promise<void> {
  await t.http().post(`/api/countries/${country}/initiate-assistance`).send({ date: '2024-02-01' }).expect(201);
  const trainings = Array.from({ length: 600 }, (_, n) => ({ type: 'TrainingHeld' as const, data: { country, ...training, title: `Training ${n}` } }));
  const context = { now: '2024-11-12T09:00:00.000Z', actor: 'importer', commandId: 'import', correlationId: 'import', causationId: 'import' };
  await t.app.get<EventStore>(EVENT_STORE).appendToStream(countryStream(country), toNewEvents(trainings, context, () => randomUUID()), 0);
}

describe('country snapshots across a restart', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await startTestApp();
    dir = t.dir;
  });
  // The app after a restart does not own the temp dir, so it is removed here.
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts a long stream from its snapshot after a restart, reading only the events after it', async () => {
    const country = freshCountry();
    await longHistory(t, country);
    const before = await t.http().post(`/api/countries/${country}/hold-training`).set('Idempotency-Key', 'before-restart').send(training).expect(201);
    expect(before.body.revision).toBe(601);

    t = await t.restart();
    const store = t.app.get<EventStore>(EVENT_STORE);
    const reads = jest.spyOn(store, 'readStream');
    const completed = await t.http().post(`/api/countries/${country}/complete-assistance`).send({ date: '2024-12-01', outcome: 'Framework adopted' }).expect(201);
    const retried = await t.http().post(`/api/countries/${country}/hold-training`).set('Idempotency-Key', 'before-restart').send(training).expect(201);

    expect(completed.body.revision).toBe(602);
    expect(retried.body).toEqual(before.body);
    // The snapshot's own last event (to check the store still holds it), the tail after it, then the next command's catch-up.
    expect(reads.mock.calls.map(([, fromRevision]) => fromRevision)).toEqual([600, 601, 603]);
  });

  /** Starts the app on the same files and holds a training: the revisions of the country's stream it read (the 602nd event). */
  async function revisionsReadByFirstCommandAfterStart(country: string): Promise<number[]> {
    t = await startTestApp({}, dir);
    const reads = jest.spyOn(t.app.get<EventStore>(EVENT_STORE), 'readStream');
    const held = await t.http().post(`/api/countries/${country}/hold-training`).send(training).expect(201);
    expect(held.body.revision).toBe(601);
    return reads.mock.calls.filter(([stream]) => stream === countryStream(country)).map(([, fromRevision]) => fromRevision!);
  }

  it('starts a long stream from the snapshot a CLI rebuild saved, reading only the events after it', async () => {
    const country = freshCountry();
    await longHistory(t, country);
    await t.close();

    const summary = await rebuildProjections(t.config);

    expect(summary.snapshots).toBeGreaterThanOrEqual(1);
    expect(await revisionsReadByFirstCommandAfterStart(country)).toEqual([600, 601]);
  });

  it('saves snapshots when a new projection version has the app read the whole log, so an upgrade starts from them', async () => {
    const country = freshCountry();
    await longHistory(t, country);
    await t.close();
    const db = new Database(t.config.sqlitePath);
    db.exec('DELETE FROM country_snapshots');
    db.prepare('UPDATE projection_checkpoints SET version = version - 1 WHERE projection = ?').run(countryTimelineProjection.name);
    db.close();

    expect(await revisionsReadByFirstCommandAfterStart(country)).toEqual([600, 601]);
  });

  it('keeps one snapshot per long stream in the store file, at the last revision it saved', async () => {
    const country = freshCountry();
    await longHistory(t, country);
    await t.http().post(`/api/countries/${country}/hold-training`).send(training).expect(201);
    const db = new Database(t.config.sqlitePath, { readonly: true });
    const row = db.prepare('SELECT revision FROM country_snapshots WHERE stream = ?').get(countryStream(country)) as { revision: number } | undefined;
    db.close();
    expect(row?.revision).toBe(600);
  });
});
