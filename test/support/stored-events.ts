import Database from 'better-sqlite3';
import { EventMetadata } from '../../src/event-store/event-envelope';
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

type EventRow = {
  position: number;
  stream_name: string;
  revision: number;
  event_id: string;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
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
      .map((row) => ({
        position: row.position,
        streamName: row.stream_name,
        revision: row.revision,
        eventId: row.event_id,
        type: row.type,
        schemaVersion: row.schema_version,
        data: JSON.parse(row.data) as Record<string, unknown>,
        metadata: JSON.parse(row.metadata) as EventMetadata,
      })),
  );
}

/** The global position of the last stored event (0 when the log is empty). */
export function headPosition(t: TestApp): number {
  const head = withDatabase(t, (db) =>
    db.prepare<[], { head: number | null }>('SELECT max(position) AS head FROM events').get(),
  );
  return head?.head ?? 0;
}
