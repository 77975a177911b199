import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CountrySnapshot, SqliteCountrySnapshots } from './country-snapshots';
import { EarlierResult } from './country-stream-cache';
import { StageRecord } from './domain/country.state';
import { PersistentMap } from './persistent-map';

const STREAM = 'country-MDV';
const stage: StageRecord = { type: 'AssistanceInitiated', date: '2024-01-15', retracted: false, order: 3 };
const result: EarlierResult = { eventId: 'event-9', revision: 9, position: 90, requestHash: 'h1' };

const snapshotAt = (revision: number): CountrySnapshot => ({
  end: { revision, eventId: `event-${revision}`, position: revision * 10 },
  folded: {
    state: { revision, stages: new Map([['event-3', stage]]) },
    results: PersistentMap.empty<EarlierResult>().with(new Map([['key-1', result]])),
  },
});

describe('SqliteCountrySnapshots', () => {
  let directory: string;
  let db: Database.Database;
  let snapshots: SqliteCountrySnapshots;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'country-snapshots-'));
    db = new Database(join(directory, 'read-models.db'));
    snapshots = new SqliteCountrySnapshots(db);
  });

  afterEach(() => {
    db.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('has no snapshot of a stream it was never given', () => {
    expect(snapshots.load(STREAM)).toBeUndefined();
  });

  it('gives back the stage milestones and idempotent results it was given, with the event they end at', () => {
    snapshots.save(STREAM, snapshotAt(12));
    const loaded = snapshots.load(STREAM)!;
    expect(loaded.end).toEqual({ revision: 12, eventId: 'event-12', position: 120 });
    expect(loaded.folded.state).toEqual({ revision: 12, stages: new Map([['event-3', stage]]) });
    expect(loaded.folded.results.get('key-1')).toEqual(result);
    expect(loaded.folded.results.size).toBe(1);
  });

  it('keeps only the latest snapshot of a stream, across reopening the file', () => {
    snapshots.save(STREAM, snapshotAt(12));
    snapshots.save(STREAM, snapshotAt(700));
    db.close();
    db = new Database(join(directory, 'read-models.db'));
    expect(new SqliteCountrySnapshots(db).load(STREAM)?.end.revision).toBe(700);
  });
});
