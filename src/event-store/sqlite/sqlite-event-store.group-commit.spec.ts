import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newEvent, newStream, settle } from '../event-store.contract-support';
import { DuplicateEventId, WrongExpectedRevision } from '../event-store.errors';
import { SqliteEventStore } from './sqlite-event-store';

describe('SqliteEventStore with appends committed together', () => {
  let directory: string;
  let path: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'ta-tracker-group-'));
    path = join(directory, 'events.db');
    store = new SqliteEventStore({ path, synchronous: 'FULL' });
  });
  afterEach(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const positionsOnDisk = () => {
    const db = new Database(path, { readonly: true });
    try {
      const rows = db.prepare('SELECT position FROM events ORDER BY position').all() as { position: number }[];
      return rows.map((row) => row.position);
    } finally {
      db.close();
    }
  };

  it('keeps the global positions gapless when appends of the same commit fail', async () => {
    const taken = newStream();
    await store.appendToStream(taken, [newEvent('First')], 'no-stream');
    const reused = newEvent('Reused');
    await store.appendToStream(newStream(), [reused], 'no-stream');
    const outcomes = await Promise.all([
      settle(store.appendToStream(newStream(), [newEvent('A')], 'no-stream')),
      settle(store.appendToStream(taken, [newEvent('Stale')], 'no-stream')),
      settle(store.appendToStream(newStream(), [newEvent('B'), reused], 'no-stream')),
      settle(store.appendToStream(newStream(), [newEvent('C'), newEvent('D')], 'no-stream')),
    ]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, false, true]);
    expect(!outcomes[1].ok && outcomes[1].error).toBeInstanceOf(WrongExpectedRevision);
    expect(!outcomes[2].ok && outcomes[2].error).toBeInstanceOf(DuplicateEventId);
    expect(positionsOnDisk()).toEqual([1, 2, 3, 4, 5]);
    expect((await store.readAll({ fromPosition: 2, maxCount: 10 })).map((event) => event.type)).toEqual(['A', 'C', 'D']);
  });

  it('lets only the first of two concurrent appends carrying the same event id in', async () => {
    const event = newEvent('Once');
    const outcomes = await Promise.all([
      settle(store.appendToStream(newStream(), [event], 'no-stream')),
      settle(store.appendToStream(newStream(), [event], 'no-stream')),
    ]);
    expect(outcomes[0].ok).toBe(true);
    expect(!outcomes[1].ok && outcomes[1].error).toBeInstanceOf(DuplicateEventId);
    expect(positionsOnDisk()).toEqual([1]);
  });

  it('commits appends still waiting for their turn when the store closes', async () => {
    const stream = newStream();
    const pending = store.appendToStream(stream, [newEvent('Late')], 'no-stream');
    await store.close();
    await expect(pending).resolves.toMatchObject({ nextRevision: 0 });
    store = new SqliteEventStore({ path });
    expect((await store.readStream(stream)).map((event) => event.type)).toEqual(['Late']);
  });
});
