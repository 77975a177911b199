import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_PROJECTIONS } from '../../../projections';
import { Recorded } from '../../../src/event-store/event-envelope';
import { EventRow, toRecorded } from '../../../src/event-store/sqlite/sqlite-event-store';
import { AnyProjection, ProjectionEngine } from '../../../src/read-models/projection-engine';
import { ReadModelStore } from '../../../src/read-models/read-model.store';

/** Opens the store file itself (read-write, so that SQLite recovers a crashed WAL), reads, closes. */
export function withStoreFile<T>(path: string, read: (db: Database.Database) => T): T {
  const db = new Database(path, { fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export const integrityOf = (path: string): string =>
  withStoreFile(path, (db) => String(db.pragma('integrity_check', { simple: true })));

export const eventCount = (path: string): number =>
  withStoreFile(path, (db) => db.prepare<[], { events: number }>('SELECT count(*) AS events FROM events').get()!.events);

export function storedEvents(path: string, stream?: string): Recorded[] {
  return withStoreFile(path, (db) => {
    const rows = stream
      ? db.prepare<[string], EventRow>('SELECT * FROM events WHERE stream_name = ? ORDER BY position').all(stream)
      : db.prepare<[], EventRow>('SELECT * FROM events ORDER BY position').all();
    return rows.map(toRecorded);
  });
}

/**
 * Every projection document and checkpoint, one line each in key order: equal strings mean equal bytes.
 * Rows of `$`-named bookkeeping (which store the read models were built from) are not projection output.
 */
export function readModelDump(path: string): string {
  return withStoreFile(path, (db) => {
    const documents = db
      .prepare<[], { projection: string; key: string; document: string }>("SELECT projection, key, document FROM read_models WHERE projection NOT LIKE '$%' ORDER BY projection, key")
      .all()
      .map((row) => `${row.projection}\t${row.key}\t${row.document}`);
    const checkpoints = db
      .prepare<[], { projection: string; version: number; position: number }>('SELECT * FROM projection_checkpoints ORDER BY projection')
      .all()
      .map((row) => `checkpoint\t${row.projection}\t${row.version}\t${row.position}`);
    return [...documents, ...checkpoints].join('\n');
  });
}

/** The read models folded from scratch over the stored log (up to a position), in a fresh file, in batches. */
export function rebuiltReadModelDump(storePath: string, batchSize = 1000, upToPosition = Infinity): string {
  const events = storedEvents(storePath).filter((event) => event.position <= upToPosition);
  const dir = mkdtempSync(join(tmpdir(), 'ta-tracker-rebuild-'));
  const path = join(dir, 'read-models.db');
  const readModels = new ReadModelStore(path, 'OFF');
  try {
    const engine = new ProjectionEngine(readModels, ALL_PROJECTIONS as AnyProjection[]);
    engine.rebuildAll();
    for (let start = 0; start < events.length; start += batchSize) engine.apply(events.slice(start, start + batchSize));
    engine.flush();
  } finally {
    readModels.close();
  }
  try {
    return readModelDump(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Positions 1..n with no gap, and no event id twice. */
export function logIsGaplessAndUnique(events: Recorded[]): boolean {
  return events.every((event, index) => event.position === index + 1) && new Set(events.map((event) => event.eventId)).size === events.length;
}
