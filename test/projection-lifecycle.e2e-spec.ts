import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_PROJECTIONS } from '../projections';
import { countryStatusProjection } from '../projections/country-status.projection';
import { countryTimelineProjection, timelineKey } from '../projections/country-timeline.projection';
import { describeRebuild, rebuildProjections } from '../src/cli/rebuild-projections';
import { ProjectionEngine } from '../src/read-models/projection-engine';
import { headPosition } from './support/stored-events';
import { freshCountry, startTestApp, TestApp } from './support/test-app';

const TRAINING = { date: '2024-11-12', title: 'Training of Trainers for Educators', audience: 'educators', participants: 10 };

type CheckpointRow = { projection: string; version: number; position: number };

/** Opens the app's SQLite file directly while the app is stopped, as an operator (or a crash) could. */
function withDatabase<T>(path: string, work: (db: Database.Database) => T): T {
  const db = new Database(path);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

const checkpoints = (path: string) =>
  withDatabase(path, (db) => db.prepare<[], CheckpointRow>('SELECT * FROM projection_checkpoints ORDER BY projection').all());

function tamper(path: string, projection: string, key: string, jsonPath: string, value: unknown): void {
  withDatabase(path, (db) =>
    db
      .prepare('UPDATE read_models SET document = json_set(document, ?, json(?)) WHERE projection = ? AND key = ?')
      .run(jsonPath, JSON.stringify(value), projection, key),
  );
}

describe('projection lifecycle', () => {
  let dir: string;
  let t: TestApp;
  let country: string;
  let trainingId: string;

  const start = async () => (t = await startTestApp({}, dir));
  const stop = () => t.close();
  const trainings = async () => (await t.http().get(`/api/countries/${country}`).expect(200)).body.counts.trainings;
  const timelineTitles = async () =>
    (await t.http().get(`/api/countries/${country}/timeline`).expect(200)).body.entries.map(
      (entry: { data: { title: string } }) => entry.data.title,
    );
  const holdTraining = async () =>
    (await t.http().post(`/api/countries/${country}/hold-training`).send(TRAINING).expect(201)).body.eventId as string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ta-tracker-lifecycle-'));
    country = freshCountry();
    await start();
    trainingId = await holdTraining();
    await stop();
  });
  afterEach(async () => {
    await t.close();
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits every projection checkpoint at the head of the log with its version', async () => {
    const head = headPosition(t);
    expect(head).toBeGreaterThan(0);
    expect(checkpoints(t.config.sqlitePath)).toEqual(
      ALL_PROJECTIONS.map(({ name, version }) => ({ projection: name, version, position: head })).sort((a, b) =>
        a.projection.localeCompare(b.projection),
      ),
    );
  });

  it('resumes from the checkpoint after a restart instead of replaying the log', async () => {
    tamper(t.config.sqlitePath, countryStatusProjection.name, country, '$.counts.trainings', 41);
    const apply = jest.spyOn(ProjectionEngine.prototype, 'apply');
    await start();

    expect(await trainings()).toBe(41);
    expect(apply).not.toHaveBeenCalled();

    await holdTraining();
    expect(await trainings()).toBe(42);
    expect(apply.mock.calls.flatMap(([batch]) => batch.map((event) => event.type))).toEqual(['TrainingHeld']);
  });

  it('rebuilds a projection whose version changed, and only that one', async () => {
    tamper(t.config.sqlitePath, countryStatusProjection.name, country, '$.counts.trainings', 41);
    tamper(t.config.sqlitePath, countryTimelineProjection.name, timelineKey(country, trainingId), '$.data.title', 'Tampered');
    withDatabase(t.config.sqlitePath, (db) =>
      db
        .prepare('UPDATE projection_checkpoints SET version = ? WHERE projection = ?')
        .run(countryStatusProjection.version - 1, countryStatusProjection.name),
    );
    await start();

    expect(await trainings()).toBe(1);
    expect(await timelineTitles()).toEqual(['Tampered']);
    expect(checkpoints(t.config.sqlitePath)).toContainEqual({
      projection: countryStatusProjection.name,
      version: countryStatusProjection.version,
      position: headPosition(t),
    });
  });

  it('rebuilds every read model from the log with the CLI function', async () => {
    tamper(t.config.sqlitePath, countryStatusProjection.name, country, '$.counts.trainings', 41);
    withDatabase(t.config.sqlitePath, (db) =>
      db.prepare('DELETE FROM read_models WHERE projection = ?').run(countryTimelineProjection.name),
    );

    const summary = await rebuildProjections(t.config);

    expect(summary).toMatchObject({
      events: 1,
      position: headPosition(t),
      documents: { [countryStatusProjection.name]: 1, [countryTimelineProjection.name]: 1 },
    });
    expect(describeRebuild(summary)).toMatch(/from 1 events[\s\S]*country-timeline: 1 documents/);
    await start();
    expect(await trainings()).toBe(1);
    expect(await timelineTitles()).toEqual([TRAINING.title]);
  });
});
