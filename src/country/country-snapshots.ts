import Database from 'better-sqlite3';
import { EarlierResult, FoldedStream } from './country-stream-cache';
import { StageRecord } from './domain/country.state';
import { PersistentMap } from './persistent-map';

/** The event a snapshot's fold ends with. A snapshot is used only if the store still holds that very event there. */
export type SnapshotEnd = { revision: number; eventId: string; position: number };

export type CountrySnapshot = { end: SnapshotEnd; folded: FoldedStream };

/**
 * Folded country streams kept across restarts, so that the first command for a country with a long history reads
 * only what was appended since, not the whole stream. Only a saving: without one the stream is read in full.
 */
export interface CountrySnapshots {
  load(streamName: string): CountrySnapshot | undefined;
  save(streamName: string, snapshot: CountrySnapshot): void;
}

export const COUNTRY_SNAPSHOTS = Symbol('COUNTRY_SNAPSHOTS');

/** A stream's fold is saved as a snapshot once this many events were folded since its last one. */
export const SNAPSHOT_EVERY_EVENTS = 500;

export const NO_SNAPSHOTS: CountrySnapshots = { load: () => undefined, save: () => undefined };

/** Bump when FoldedStream or the fold behind it changes: snapshots in another format are then left unread. */
const FORMAT = 1;

type StoredFold = { stages: [string, StageRecord][]; results: [string, EarlierResult][] };
type Row = { revision: number; event_id: string; position: number; folded: string };

/** One row per country stream, in the SQLite file that holds the read models (whichever store holds the events). */
export class SqliteCountrySnapshots implements CountrySnapshots {
  private readonly statements;

  constructor(db: Database.Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS country_snapshots (
        stream    TEXT PRIMARY KEY,
        format    INTEGER NOT NULL,
        revision  INTEGER NOT NULL,
        event_id  TEXT NOT NULL,
        position  INTEGER NOT NULL,
        folded    TEXT NOT NULL
      )`);
    this.statements = {
      load: db.prepare<[string, number], Row>('SELECT revision, event_id, position, folded FROM country_snapshots WHERE stream = ? AND format = ?'),
      save: db.prepare('INSERT OR REPLACE INTO country_snapshots (stream, format, revision, event_id, position, folded) VALUES (?, ?, ?, ?, ?, ?)'),
    };
  }

  load(streamName: string): CountrySnapshot | undefined {
    const row = this.statements.load.get(streamName, FORMAT);
    if (!row) return undefined;
    const stored = JSON.parse(row.folded) as StoredFold;
    return {
      end: { revision: row.revision, eventId: row.event_id, position: row.position },
      folded: {
        state: { revision: row.revision, stages: new Map(stored.stages) },
        results: PersistentMap.empty<EarlierResult>().with(new Map(stored.results)),
      },
    };
  }

  save(streamName: string, { end, folded }: CountrySnapshot): void {
    const stored: StoredFold = { stages: [...folded.state.stages], results: folded.results.entries() };
    this.statements.save.run(streamName, FORMAT, end.revision, end.eventId, end.position, JSON.stringify(stored));
  }
}
