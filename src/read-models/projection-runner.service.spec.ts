import { Logger } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Projection } from '../../projections/projection';
import { AppConfig, EventStoreKind } from '../config/app-config';
import { NewEvent, Recorded } from '../event-store/event-envelope';
import { EventStore } from '../event-store/event-store.port';
import { EventStoreDbEventStore } from '../event-store/eventstoredb/eventstoredb-event-store';
import { InMemoryEventStoreDb } from '../event-store/eventstoredb/testing/in-memory-eventstoredb';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { AnyProjection, ProjectionEngine } from './projection-engine';
import { ReadModelRebuilding } from '../shared/domain-errors';
import { CATCH_UP_WHILE_SERVING_EVENTS, FullReplay, ProjectionRunner } from './projection-runner.service';
import { ReadModelStore } from './read-model.store';
import { SubscriptionTracker } from './subscription-status';

jest.mock('node:v8', () => ({ ...jest.requireActual('node:v8'), setFlagsFromString: jest.fn() }));

type Tally = { ids: string[] };

const tallyProjection: Projection<Tally, Recorded> = {
  name: 'tally',
  version: 1,
  documentsOf: (event) => [event.streamName],
  initialState: () => ({ ids: [] }),
  evolve: (state, event) => ({ ids: [...(state?.ids ?? []), event.eventId] }),
};

let sequence = 0;
function event(): NewEvent {
  const id = `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;
  const recordedAt = new Date().toISOString();
  const metadata = { actor: 't', commandId: id, correlationId: id, causationId: id, recordedAt };
  return { type: 'Tallied', data: { sequence }, eventId: id, schemaVersion: 1, metadata };
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 10_000; !condition(); await new Promise((resolve) => setTimeout(resolve, 5))) {
    if (Date.now() > deadline) throw new Error('Condition not met within 10 s');
  }
}

describe('ProjectionRunner', () => {
  let directory: string;
  const running: Array<{ runner: ProjectionRunner; readModels: ReadModelStore }> = [];
  const errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  const warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);

  beforeEach(() => (directory = mkdtempSync(join(tmpdir(), 'ta-tracker-runner-'))));
  afterEach(async () => {
    for (const { runner, readModels } of running.splice(0)) {
      await runner.onModuleDestroy();
      readModels.close();
    }
    rmSync(directory, { recursive: true, force: true });
  });

  function startRunner(store: EventStore, kind: EventStoreKind, replay?: () => FullReplay) {
    const readModels = new ReadModelStore(join(directory, 'read-models.db'));
    const engine = new ProjectionEngine(readModels, [tallyProjection as AnyProjection]);
    const config = { eventStore: kind } as AppConfig;
    const runner = new ProjectionRunner(store, engine, readModels, config);
    runner.backoff = { initialMs: 10, maxMs: 40 };
    if (replay) runner.onFullReplay(replay);
    running.push({ runner, readModels });
    const tally = (stream: string) => readModels.get<Tally>('tally', stream)?.ids ?? [];
    return { runner, readModels, tally, started: runner.start() };
  }

  it('logs a dropped subscription, shows it in status and resubscribes from the checkpoint', async () => {
    const server = new InMemoryEventStoreDb();
    const store = new EventStoreDbEventStore(server.asClient());
    const before = [event(), event(), event()];
    await store.appendToStream('country-AAA', before, 'no-stream');
    const { runner, tally, started } = startRunner(store, 'eventstoredb');
    await started;
    expect(runner.status()).toMatchObject({ state: 'live', drops: 0 });

    runner.backoff = { initialMs: 200, maxMs: 200 };
    server.dropSubscriptions();
    await waitFor(() => runner.status().drops === 1);
    expect(runner.status()).toMatchObject({
      state: 'resubscribing',
      drops: 1,
      attempt: 1,
      lastError: expect.stringContaining('UNAVAILABLE'),
    });
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('Projection subscription dropped at position'));
    const during = [event(), event()];
    const appended = await store.appendToStream('country-AAA', during, 2);

    await runner.waitUntilProjected(appended.lastPosition);
    await waitFor(() => runner.status().state === 'live');
    expect(tally('country-AAA')).toEqual([...before, ...during].map((recorded) => recorded.eventId));
    expect(runner.status()).toMatchObject({ state: 'live', drops: 1, attempt: 0 });
    expect(await runner.lag()).toEqual({ events: 0, eventsCapped: false, seconds: 0 });
    await store.close();
  });

  it.each(['sqlite', 'eventstoredb'] as const)('resumes from the checkpoint after a restart (%s)', async (kind) => {
    const server = new InMemoryEventStoreDb();
    const open = () =>
      kind === 'sqlite'
        ? new SqliteEventStore({ path: join(directory, 'events.db'), pollIntervalMs: 20 })
        : new EventStoreDbEventStore(server.asClient());
    const firstStore = open();
    await firstStore.appendToStream('country-BBB', [event(), event()], 'no-stream');
    const first = startRunner(firstStore, kind);
    await first.started;
    await first.runner.onModuleDestroy();
    first.readModels.close();
    running.length = 0;
    await firstStore.appendToStream('country-BBB', [event()], 1);

    const secondStore = open();
    const second = startRunner(secondStore, kind);
    await second.started;
    const all = (await secondStore.readStream('country-BBB')).map((recorded) => recorded.eventId);
    expect(second.tally('country-BBB')).toEqual(all);
    expect(warnings).not.toHaveBeenCalledWith(expect.stringContaining('Rebuilding'));
    await secondStore.close();
  });

  it('gives a full replay every event from the start of the log and then says it caught up; a restart starts none', async () => {
    const store = new SqliteEventStore({ path: join(directory, 'events.db'), pollIntervalMs: 20 });
    await store.appendToStream('country-DDD', [event(), event(), event()], 'no-stream');
    await store.appendToStream('country-EEE', [event(), event()], 'no-stream');
    const seen: number[] = [];
    let caughtUp = 0;
    const first = startRunner(store, 'sqlite', () => ({ apply: (batch) => seen.push(...batch.map((recorded) => recorded.position)), caughtUp: () => caughtUp++ }));
    await first.started;
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(caughtUp).toBe(1);
    await first.runner.onModuleDestroy();
    first.readModels.close();
    running.length = 0;

    const starts = jest.fn<FullReplay, []>();
    const second = startRunner(store, 'sqlite', starts);
    await second.started;
    expect(starts).not.toHaveBeenCalled();
    expect(second.tally('country-DDD')).toHaveLength(3);
    await store.close();
  });

  it('drops a full replay that throws and goes on projecting', async () => {
    const store = new SqliteEventStore({ path: join(directory, 'events.db'), pollIntervalMs: 20 });
    await store.appendToStream('country-FFF', [event(), event()], 'no-stream');
    const caughtUp = jest.fn();
    const failing = startRunner(store, 'sqlite', () => ({
      apply: () => {
        throw new Error('out of budget');
      },
      caughtUp,
    }));
    await failing.started;
    expect(warnings).toHaveBeenCalledWith(expect.stringContaining('A full replay of the log was dropped: out of budget'));
    expect(caughtUp).not.toHaveBeenCalled();
    expect(failing.tally('country-FFF')).toHaveLength(2);
    await store.close();
  });

  it('starts before a long catch-up ends: the read model throws ReadModelRebuilding until caught up, writers are not held', async () => {
    const store = new SqliteEventStore({ path: join(directory, 'events.db'), pollIntervalMs: 20 });
    const streams = Math.ceil((CATCH_UP_WHILE_SERVING_EVENTS + 1) / 250);
    for (let stream = 0; stream < streams; stream++) {
      await store.appendToStream(`country-${stream}`, Array.from({ length: 250 }, event), 'no-stream');
    }
    const head = await store.headPosition();

    const heapFlags = jest.mocked(setFlagsFromString);
    heapFlags.mockClear();
    const { runner, tally, started } = startRunner(store, 'sqlite');
    await started;
    expect(runner.status().state).toBe('catching-up');
    expect(heapFlags.mock.calls).toEqual([['--heap-growing-percent=20']]);
    expect(runner.catchUpProgress()).toEqual({ position: expect.any(Number), target: head });
    expect(() => runner.assertComplete('tally')).toThrow(ReadModelRebuilding);
    await runner.waitUntilProjected(head);
    expect(runner.catchUpProgress()).toBeDefined();

    await runner.caughtUp();
    expect(runner.status().state).toBe('live');
    expect(runner.catchUpProgress()).toBeUndefined();
    expect(() => runner.assertComplete('tally')).not.toThrow();
    expect(tally(`country-${streams - 1}`)).toHaveLength(250);
    expect(heapFlags.mock.calls).toEqual([['--heap-growing-percent=20'], ['--heap-growing-percent=0']]);
    await store.close();
  });

  it('answers ReadModelRebuilding during a rebuild, and completes it', async () => {
    const store = new SqliteEventStore({ path: join(directory, 'events.db'), pollIntervalMs: 20 });
    await store.appendToStream('country-GGG', [event(), event()], 'no-stream');
    const { runner, tally, started } = startRunner(store, 'sqlite');
    await started;
    expect(() => runner.assertComplete('tally')).not.toThrow();

    const answers: unknown[] = [];
    runner.onDocumentsChanged((_, rebuilt) => {
      if (!rebuilt) return;
      try {
        runner.assertComplete('tally');
        answers.push('complete');
      } catch (error) {
        answers.push(error);
      }
    });
    expect(await runner.rebuild()).toBe(2);
    expect(answers).toEqual([new ReadModelRebuilding('tally', 0, 2), 'complete']);
    expect(() => runner.assertComplete('tally')).not.toThrow();
    expect(tally('country-GGG')).toHaveLength(2);
    await store.close();
  });

  it('rebuilds instead of resuming when the read models were built from another log', async () => {
    const sqlite = new SqliteEventStore({ path: join(directory, 'events.db') });
    const events = [event(), event(), event()];
    await sqlite.appendToStream('country-CCC', events, 'no-stream');
    const onSqlite = startRunner(sqlite, 'sqlite');
    await onSqlite.started;
    await onSqlite.runner.onModuleDestroy();
    onSqlite.readModels.close();
    running.length = 0;

    const migrated = new EventStoreDbEventStore(new InMemoryEventStoreDb().asClient());
    await migrated.appendToStream('country-CCC', events, 'no-stream');
    const onServer = startRunner(migrated, 'eventstoredb');
    await onServer.started;
    expect(warnings).toHaveBeenCalledWith(expect.stringContaining('Rebuilding all projections'));
    expect(onServer.tally('country-CCC')).toEqual(events.map((recorded) => recorded.eventId));
    await Promise.all([sqlite.close(), migrated.close()]);
  });
});

describe('SubscriptionTracker', () => {
  it('doubles the delay per failed attempt up to the cap, and starts over once live', () => {
    const tracker = new SubscriptionTracker(() => Date.parse('2025-01-01T00:00:00Z'));
    const backoff = { initialMs: 500, maxMs: 3_000 };
    const delays = [1, 2, 3, 4, 5].map(() => tracker.dropped(new Error('gone'), backoff));
    expect(delays).toEqual([500, 1000, 2000, 3000, 3000]);
    const status = tracker.status();
    expect(status).toMatchObject({ state: 'resubscribing', drops: 5, nextAttemptAt: '2025-01-01T00:00:03.000Z' });
    tracker.live();
    expect(tracker.dropped(new Error('gone again'), backoff)).toBe(500);
    expect(tracker.status()).toMatchObject({ drops: 6, attempt: 1, lastError: 'gone again' });
  });
});
