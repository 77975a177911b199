import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { CommandContext } from '../shared/command/command-context';
import { toNewEvents } from '../shared/command/new-events';
import { CountryEvent, MilestoneData } from './domain/country.events';
import { CountryState } from './domain/country.state';
import { TracedMilestone } from './domain/milestone-revision';
import { CountryCommandExecutor } from './country-command-executor';
import { SqliteCountrySnapshots } from './country-snapshots';
import { countryStream } from './country-stream';

const COUNTRY = 'MDV';
const context = (commandId: string): CommandContext => ({
  now: '2024-12-03T10:00:00.000Z',
  actor: 'officer',
  commandId,
  correlationId: commandId,
  causationId: commandId,
});
const training = (n: number): CountryEvent => ({
  type: 'TrainingHeld',
  data: { country: COUNTRY, date: '2024-11-12', title: `Training ${n}`, audience: 'educators', participants: n },
});
const trainingId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('CountryCommandExecutor', () => {
  let directory: string;
  let store: SqliteEventStore;
  let reads: { fromRevision?: number; maxCount?: number }[];
  const executor = () => new CountryCommandExecutor(store, { waitUntilProjected: async () => undefined });

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'country-executor-'));
    store = new SqliteEventStore({ path: join(directory, 'events.db') });
    const history = Array.from({ length: 1_201 }, (_, n) => training(n));
    await store.appendToStream(countryStream(COUNTRY), toNewEvents(history, context('seed'), trainingId), 'no-stream');
    reads = [];
    const readStream = store.readStream.bind(store);
    store.readStream = (streamName, fromRevision, maxCount) => {
      reads.push({ fromRevision, maxCount });
      return readStream(streamName, fromRevision, maxCount);
    };
  });

  afterEach(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('folds a long stream a page at a time and appends after its last revision', async () => {
    let seen: CountryState | undefined;
    const result = await executor().execute(COUNTRY, context('c1'), (state) => {
      seen = state;
      return [training(9_999)];
    });
    expect(seen?.revision).toBe(1_200);
    expect(result.revision).toBe(1_201);
    expect(reads.map((read) => read.fromRevision)).toEqual([0, 500, 1_000]);
    expect(Math.max(...reads.map((read) => read.maxCount ?? Infinity))).toBe(500);
  });

  it('traces the milestone a command revises through the stream, corrections included', async () => {
    const revising = trainingId(3);
    const run = executor();
    const correction = (traced?: TracedMilestone): CountryEvent[] => [
      {
        type: 'MilestoneCorrected',
        data: { country: COUNTRY, eventId: revising, milestoneType: 'TrainingHeld', previous: traced!.data, changes: { participants: 40 }, reason: 'Miscounted' },
      },
    ];
    await run.execute(COUNTRY, context('c1'), (_, traced) => correction(traced), revising);
    reads = [];
    let revised: TracedMilestone | undefined;
    await run.execute(COUNTRY, context('c2'), (_, traced) => ((revised = traced), [training(1)]), revising);
    expect(revised).toEqual({ type: 'TrainingHeld', data: { ...training(3).data, participants: 40 }, retracted: false });
    expect(reads.slice(1)).toEqual([
      { fromRevision: 702, maxCount: 500 },
      { fromRevision: 202, maxCount: 500 },
      { fromRevision: 0, maxCount: 202 },
    ]);
  });

  it('reads only the latest page of the stream to revise a recent milestone', async () => {
    const revising = trainingId(1_150);
    const run = executor();
    await run.execute(COUNTRY, context('c1'), () => [training(1)]);
    reads = [];
    let revised: TracedMilestone | undefined;
    await run.execute(COUNTRY, context('c2'), (_, traced) => ((revised = traced), [training(2)]), revising);
    expect(revised).toEqual({ type: 'TrainingHeld', data: training(1_150).data, retracted: false });
    expect(reads.slice(1)).toEqual([{ fromRevision: 702, maxCount: 500 }]);
  });

  it('traces nothing for a milestone the country does not have', async () => {
    let revised: TracedMilestone | undefined = { type: 'TrainingHeld', data: training(0).data as MilestoneData, retracted: false };
    await executor().execute(COUNTRY, context('c1'), (_, data) => ((revised = data), [training(1)]), 'not-a-milestone');
    expect(revised).toBeUndefined();
  });

  describe('with snapshots', () => {
    const STREAM = countryStream(COUNTRY);
    const initiated: CountryEvent = { type: 'AssistanceInitiated', data: { country: COUNTRY, date: '2024-01-15' } };
    let readModels: Database.Database;
    let snapshots: SqliteCountrySnapshots;
    const restarted = () => new CountryCommandExecutor(store, { waitUntilProjected: async () => undefined }, snapshots);

    beforeEach(async () => {
      readModels = new Database(join(directory, 'read-models.db'));
      snapshots = new SqliteCountrySnapshots(readModels);
      await store.appendToStream(STREAM, toNewEvents([initiated], context('seed'), () => 'initiated-id'), 1_200);
      reads = [];
    });

    afterEach(() => readModels.close());

    it('saves the fold of a long stream, and after a restart reads only the events appended since', async () => {
      await restarted().execute(COUNTRY, context('c1'), () => [training(1)]);
      expect(snapshots.load(STREAM)?.end).toMatchObject({ revision: 1_201, eventId: 'initiated-id' });
      reads = [];
      let seen: CountryState | undefined;
      const result = await restarted().execute(COUNTRY, context('c2'), (state) => ((seen = state), [training(2)]));
      expect(reads).toEqual([
        { fromRevision: 1_201, maxCount: 1 },
        { fromRevision: 1_202, maxCount: 500 },
      ]);
      expect(seen?.revision).toBe(1_202);
      expect([...seen!.stages.keys()]).toEqual(['initiated-id']);
      expect(result.revision).toBe(1_203);
    });

    it('reads the whole stream when the store no longer holds the event a snapshot ends with', async () => {
      await restarted().execute(COUNTRY, context('c1'), () => [training(1)]);
      const { folded } = snapshots.load(STREAM)!;
      snapshots.save(STREAM, { end: { revision: 1_201, eventId: 'from-another-store', position: 1_202 }, folded });
      reads = [];
      let seen: CountryState | undefined;
      await restarted().execute(COUNTRY, context('c2'), (state) => ((seen = state), [training(2)]));
      expect(reads.map((read) => read.fromRevision)).toEqual([1_201, 0, 500, 1_000]);
      expect(seen?.revision).toBe(1_202);
    });

    it('saves no snapshot of a short stream', async () => {
      await restarted().execute('TUV', context('c1'), () => [training(1)]);
      expect(snapshots.load(countryStream('TUV'))).toBeUndefined();
    });
  });
});
