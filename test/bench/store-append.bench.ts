import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { NewEvent } from '../../src/event-store/event-envelope';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { TrackerEvent } from '../../src/tracker-events';
import { loadPeer } from './support/bench-peer';
import { benchDirectory } from './support/dataset-file';
import { median } from './support/measurement';
import { generateTrackerEvents } from './support/tracker-dataset.generator';

export type AppendFigures = {
  appends: number;
  rounds: number;
  rawPerSecond: number;
  oursPerSecond: number;
  peer: { name: string; perSecond: number; retries: number } | { name: string; unavailable: string };
};

type Workload = { streamName: string; event: NewEvent<TrackerEvent> }[];
type Contender = (path: string, workload: Workload) => Promise<void>;

const EMMETT = '@event-driven-io/emmett-sqlite';

/** The floor: one INSERT per transaction on a WAL file with synchronous=FULL, nothing else. */
const rawInsertLoop: Contender = async (path, workload) => {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE events (position INTEGER PRIMARY KEY, stream_name TEXT, event_id TEXT, type TEXT, data TEXT, metadata TEXT)');
  const insert = db.prepare('INSERT INTO events (stream_name, event_id, type, data, metadata) VALUES (?, ?, ?, ?, ?)');
  for (const { streamName, event } of workload) {
    insert.run(streamName, event.eventId, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata));
  }
  db.close();
};

/** Ours: each append checks the expected revision and the event id, in its own durable transaction. */
const sqliteEventStore: Contender = async (path, workload) => {
  const store = new SqliteEventStore({ path, synchronous: 'FULL' });
  const revisions = new Map<string, number>();
  for (const { streamName, event } of workload) {
    const expected = revisions.get(streamName) ?? 'no-stream';
    const result = await store.appendToStream(streamName, [event], expected);
    revisions.set(streamName, result.nextRevision);
  }
  await store.close();
};

type EmmettModule = {
  getSQLiteEventStore(options: { fileName: string }): {
    appendToStream(stream: string, events: unknown[], options: { expectedStreamVersion: bigint }): Promise<{ nextExpectedStreamVersion: bigint }>;
  };
};

const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/**
 * The peer, with the same optimistic check; SQLite's default synchronous is FULL in its build too.
 * emmett-sqlite 0.38.5 now and then fails a commit with SQLITE_BUSY ("SQL statements in progress"): the
 * transaction was rolled back, so the append is retried and the retries are counted and reported.
 */
const emmettStore =
  (emmett: EmmettModule, retries: { count: number }): Contender =>
  async (path, workload) => {
    const store = emmett.getSQLiteEventStore({ fileName: path });
    const versions = new Map<string, bigint>();
    const log = console.log;
    console.log = () => undefined;
    try {
      for (const { streamName, event } of workload) {
        const message = { type: event.type, data: event.data, metadata: event.metadata };
        for (let attempt = 1; ; attempt++) {
          try {
            const result = await store.appendToStream(streamName, [message], { expectedStreamVersion: versions.get(streamName) ?? 0n });
            versions.set(streamName, result.nextExpectedStreamVersion);
            break;
          } catch (error) {
            if ((error as { code?: string }).code !== 'SQLITE_BUSY' || attempt === 10) throw error;
            retries.count++;
          }
        }
      }
    } finally {
      console.log = log;
    }
  };

async function timed(contender: Contender, workload: Workload): Promise<number> {
  const directory = mkdtempSync(join(benchDirectory(), 'append-'));
  try {
    const started = process.hrtime.bigint();
    await contender(join(directory, 'store.db'), workload);
    return workload.length / (Number(process.hrtime.bigint() - started) / 1e9);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Rounds interleave the contenders so that a noisy neighbour hurts all of them alike. */
export async function benchStoreAppend(appends: number, rounds: number, seed: number): Promise<AppendFigures> {
  const workload: Workload = [...generateTrackerEvents({ events: appends, seed })].map(({ streamName, event }) => ({ streamName, event }));
  const emmett = loadPeer<EmmettModule>(EMMETT, progress);
  const raw: number[] = [];
  const ours: number[] = [];
  const peer: number[] = [];
  const retries = { count: 0 };
  for (let round = 0; round < rounds; round++) {
    raw.push(await timed(rawInsertLoop, workload));
    ours.push(await timed(sqliteEventStore, workload));
    if (typeof emmett !== 'string') peer.push(await timed(emmettStore(emmett, retries), workload));
  }
  return {
    appends,
    rounds,
    rawPerSecond: median(raw),
    oursPerSecond: median(ours),
    peer: typeof emmett === 'string' ? { name: EMMETT, unavailable: emmett } : { name: EMMETT, perSecond: median(peer), retries: retries.count },
  };
}
