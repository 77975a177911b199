import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Recorded } from '../event-store/event-envelope';
import { CountrySnapshotMaker } from './country-snapshot-maker';
import { SNAPSHOT_EVERY_EVENTS, SqliteCountrySnapshots } from './country-snapshots';
import { CountryStreamCache, EMPTY_STREAM } from './country-stream-cache';
import { CountryEvent } from './domain/country.events';

const LONG = 'country-MDV';
const SHORT = 'country-FJI';
const REGIONAL = 'regional-activity-1';

function logBuilder() {
  const revisions = new Map<string, number>();
  const log: Recorded[] = [];
  const append = (streamName: string, event: Pick<Recorded, 'type' | 'data'>, idempotencyKey?: string) => {
    const revision = revisions.get(streamName) ?? 0;
    revisions.set(streamName, revision + 1);
    const position = log.length + 1;
    log.push({
      ...event,
      eventId: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
      schemaVersion: 1,
      streamName,
      revision,
      position,
      metadata: {
        actor: 'officer',
        commandId: `c${position}`,
        correlationId: `c${position}`,
        causationId: `c${position}`,
        recordedAt: '2024-12-03T10:00:00.000Z',
        ...(idempotencyKey && { idempotencyKey, requestHash: `hash-${idempotencyKey}` }),
      },
    } as Recorded);
  };
  return { log, append };
}

const trainingIn = (country: string, n: number) => ({
  type: 'TrainingHeld',
  data: { country, date: '2024-11-12', title: `Training ${n}`, audience: 'educators' },
});

const streamOf = (log: Recorded[], streamName: string) => log.filter((event) => event.streamName === streamName) as Recorded<CountryEvent>[];

/** A log interleaving a long country stream, a short one and a regional activity, in global order. */
function interleavedLog(): Recorded[] {
  const { log, append } = logBuilder();
  append(LONG, { type: 'AssistanceInitiated', data: { country: 'MDV', date: '2024-01-15' } });
  for (let n = 1; n < SNAPSHOT_EVERY_EVENTS + 20; n++) {
    const training = trainingIn('MDV', n);
    append(LONG, training, n === 7 ? 'retried-training' : undefined);
    if (n % 25 === 0) append(SHORT, { type: 'TrainingHeld', data: { ...training.data, country: 'FJI' } });
    if (n % 100 === 0) append(REGIONAL, { type: 'RegionalActivityHeld', data: { activityId: 'a1', countries: ['MDV', 'FJI'], date: '2024-11-12', kind: 'regional-forum', title: 'Forum' } });
  }
  return log;
}

describe('CountrySnapshotMaker', () => {
  let directory: string;
  let db: Database.Database;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'snapshot-maker-'));
    db = new Database(join(directory, 'read-models.db'));
  });

  afterEach(() => {
    db.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('saves each long country stream folded to its last event, as the command executor would fold it', () => {
    const log = interleavedLog();
    const maker = new CountrySnapshotMaker();
    for (let start = 0; start < log.length; start += 7) maker.apply(log.slice(start, start + 7));
    const snapshots = new SqliteCountrySnapshots(db);

    expect(maker.saveTo(snapshots)).toBe(1);

    const longStream = streamOf(log, LONG);
    const last = longStream[longStream.length - 1];
    const expected = new CountryStreamCache().advance(LONG, EMPTY_STREAM, longStream);
    const saved = snapshots.load(LONG)!;
    expect(saved.end).toEqual({ revision: last.revision, eventId: last.eventId, position: last.position });
    expect(saved.folded.state).toEqual(expected.state);
    expect(saved.folded.state.stages.size).toBe(1);
    expect(saved.folded.results.get('retried-training')).toEqual(expected.results.get('retried-training'));
    expect(saved.folded.results.get('retried-training')?.revision).toBe(7);
  });

  it('leaves streams a snapshot would spare little reading, and streams that are not a country, without one', () => {
    const maker = new CountrySnapshotMaker();
    maker.apply(interleavedLog());
    const snapshots = new SqliteCountrySnapshots(db);
    maker.saveTo(snapshots);

    expect(snapshots.load(SHORT)).toBeUndefined();
    expect(snapshots.load(REGIONAL)).toBeUndefined();
  });

  it('saves no snapshot of a stream whose fold it had to forget, and still saves the streams it kept', () => {
    const { log, append } = logBuilder();
    for (let n = 0; n < SNAPSHOT_EVERY_EVENTS + 20; n++) {
      append(LONG, trainingIn('MDV', n), `mdv-${n}`);
      append(SHORT, trainingIn('FJI', n), `fji-${n}`);
    }
    const maker = new CountrySnapshotMaker(SNAPSHOT_EVERY_EVENTS + 100);
    for (let start = 0; start < log.length; start += 50) maker.apply(log.slice(start, start + 50));
    const snapshots = new SqliteCountrySnapshots(db);

    expect(maker.saveTo(snapshots)).toBe(1);
    const [saved] = [LONG, SHORT].flatMap((stream) => {
      const snapshot = snapshots.load(stream);
      return snapshot ? [{ stream, snapshot }] : [];
    });
    const expected = new CountryStreamCache().advance(saved.stream, EMPTY_STREAM, streamOf(log, saved.stream));
    expect(saved.snapshot.folded.state).toEqual(expected.state);
    expect(saved.snapshot.folded.results.size).toBe(SNAPSHOT_EVERY_EVENTS + 20);
  });

  it('folds each event once, skipping those it has seen already, as when a subscription resumes from an earlier checkpoint', () => {
    const log = interleavedLog();
    const folds = jest.spyOn(CountryStreamCache.prototype, 'advance');
    const maker = new CountrySnapshotMaker();
    maker.apply(log.slice(0, 300));
    maker.apply(log.slice(200));
    const folded = folds.mock.calls.flatMap(([, , events]) => events.map((event) => event.position));
    folds.mockRestore();

    const countryEvents = log.filter((event) => event.streamName !== REGIONAL).map((event) => event.position);
    expect(folded.sort((a, b) => a - b)).toEqual(countryEvents);
  });
});
