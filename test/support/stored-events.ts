import Database from 'better-sqlite3';
import { EventMetadata } from '../../src/event-store/event-envelope';
import { EventRow, toRecorded } from '../../src/event-store/sqlite/sqlite-event-store';
import { TestApp } from './test-app';

export type StoredEvent = {
  position: number;
  streamName: string;
  revision: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
};

/** Reads the SQLite file itself, so a test sees what is on disk rather than what the app says. */
function withDatabase<T>(t: TestApp, read: (db: Database.Database) => T): T {
  const db = new Database(t.config.sqlitePath, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export function eventsOf(t: TestApp, stream: string): StoredEvent[] {
  return withDatabase(t, (db) =>
    db
      .prepare<[string], EventRow>('SELECT * FROM events WHERE stream_name = ? ORDER BY revision')
      .all(stream)
      .map((row) => toRecorded(row) as StoredEvent),
  );
}

/** The global position of the last stored event (0 when the log is empty). */
export function headPosition(t: TestApp): number {
  const head = withDatabase(t, (db) =>
    db.prepare<[], { head: number | null }>('SELECT max(position) AS head FROM events').get(),
  );
  return head?.head ?? 0;
}
