import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CountryDirectory } from '../countries/country-directory';
import { NewEvent } from '../event-store/event-envelope';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { auditEntryOf, AuditFilter, matchesAudit } from './audit-entry';
import { logDaysProjection } from '../../projections/log-days.projection';
import { foldDocuments } from '../../projections/projection';
import type { RecordedTrackerEvent } from '../tracker-events';
import { AUDIT_EVENTS_SCANNED, AuditLog, AuditPage } from './audit-log.service';
import { LoggedDaysReader } from './logged-days';

const EVENT_COUNT = 5000;
const EVENTS_PER_APPEND = 250;

/** Months 2 to 11 of 2024 in log order, except that a clock set back now and then records an event in January. */
const recordedAtOf = (index: number) =>
  index % 997 === 0 ? '2024-01-15T08:00:00.000Z' : `2024-${String(2 + Math.floor((index * 10) / EVENT_COUNT)).padStart(2, '0')}-03T10:00:00.000Z`;

const trainingHeld = (index: number): NewEvent => {
  const founder = index < 3;
  return {
    type: 'TrainingHeld',
    data: { country: founder ? 'GHA' : index % 2 ? 'KEN' : 'MLT', date: '2024-11-12' },
    eventId: randomUUID(),
    schemaVersion: 1,
    metadata: {
      actor: founder ? 'founder' : index % 3 ? 'amina' : 'jonas',
      commandId: 'c',
      correlationId: 'c',
      causationId: 'c',
      recordedAt: founder ? '2024-01-02T09:00:00.000Z' : recordedAtOf(index),
    },
  };
};

describe('audit log', () => {
  let directory: string;
  let store: SqliteEventStore;
  let audit: AuditLog;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'ta-tracker-audit-'));
    store = new SqliteEventStore({ path: join(directory, 'events.db'), synchronous: 'OFF' });
    for (let first = 0; first < EVENT_COUNT; first += EVENTS_PER_APPEND) {
      const events = Array.from({ length: EVENTS_PER_APPEND }, (_, offset) => trainingHeld(first + offset));
      await store.appendToStream(`country-batch-${first}`, events, 'no-stream');
    }
    audit = new AuditLog(store, new CountryDirectory(), await loggedDaysUpTo(await store.headPosition()));
  });

  /** The logged days as the projection holds them at a checkpoint; `undefined` for an index being rebuilt. */
  async function loggedDaysUpTo(through: number | undefined): Promise<LoggedDaysReader> {
    const events = through === undefined ? [] : await store.readAll({ fromPosition: 0, maxCount: through });
    const days = [...foldDocuments(logDaysProjection, events as RecordedTrackerEvent[]).values()];
    const logged = through === undefined ? undefined : { through, days };
    return { read: () => logged } as unknown as LoggedDaysReader;
  }

  afterAll(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  afterEach(() => {
    jest.restoreAllMocks();
    audit.scanLimit = AUDIT_EVENTS_SCANNED;
  });

  /** Every page from the newest on, following each page's cursor. */
  const allPages = async (filter: AuditFilter, limit: number) => {
    const pages: AuditPage[] = [];
    for (let before: number | undefined; ; ) {
      const page = await audit.page(filter, limit, before);
      pages.push(page);
      if (page.before === null) return pages;
      before = page.before;
    }
  };

  /** Every matching entry, newest first, as a scan of the whole log forwards finds them. */
  const fullScan = async (filter: AuditFilter) => {
    const everything = await store.readAll({ fromPosition: 0, maxCount: EVENT_COUNT + 1 });
    return everything.map(auditEntryOf).filter((entry) => matchesAudit(entry, filter)).reverse();
  };

  it('returns the newest entries after reading a single batch from the end of the log', async () => {
    const backwards = jest.spyOn(store, 'readAllBackwards');
    const forwards = jest.spyOn(store, 'readAll');
    const { entries, before } = await audit.page({}, 10);
    expect(backwards).toHaveBeenCalledTimes(1);
    expect(backwards.mock.calls[0][0]).toEqual({ beforePosition: undefined, maxCount: 2000 });
    expect(forwards).not.toHaveBeenCalled();
    const head = await store.headPosition();
    expect(entries.map((entry) => entry.position)).toEqual(Array.from({ length: 10 }, (_, index) => head - index));
    expect(before).toBe(head - 9);
  });

  it('reads back to the start of the log when only the oldest events match', async () => {
    const backwards = jest.spyOn(store, 'readAllBackwards');
    const { entries, before } = await audit.page({ actor: 'founder' }, 10);
    expect(entries.map((entry) => [entry.position, entry.actor, entry.countries])).toEqual([
      [3, 'founder', ['GHA']],
      [2, 'founder', ['GHA']],
      [1, 'founder', ['GHA']],
    ]);
    expect(before).toBeNull();
    expect(backwards.mock.results.length).toBeGreaterThan(EVENT_COUNT / 2000);
  });

  it('lets other work run between the batches it reads', async () => {
    let otherWorkRan = false;
    setImmediate(() => (otherWorkRan = true));
    const { entries } = await audit.page({ actor: 'founder' }, 10);
    expect(entries).toHaveLength(3);
    expect(otherWorkRan).toBe(true);
  });

  it.each<[AuditFilter, number]>([
    [{ country: 'KEN' }, 10],
    [{ country: 'MLT', actor: 'jonas' }, 700],
    [{ actor: 'amina' }, 2500],
    [{ to: '2024-06-30' }, 500],
    [{}, EVENT_COUNT],
  ])('gives the same entries as a full forward scan for %o, limit %i', async (filter, limit) => {
    const { entries } = await audit.page(filter, limit);
    const allMatching = await fullScan(filter);
    expect(entries).toEqual(allMatching.slice(0, limit));
    expect(entries.length).toBe(Math.min(limit, allMatching.length));
  });

  it.each<[string, () => Promise<number | undefined>]>([
    ['at the head', async () => store.headPosition()],
    ['300 events behind', async () => (await store.headPosition()) - 300],
    ['being rebuilt', async () => undefined],
  ])('finds every entry recorded between two times with the logged days %s, as a full scan does', async (_, through) => {
    const days = new AuditLog(store, new CountryDirectory(), await loggedDaysUpTo(await through()));
    for (const filter of [{ to: '2024-01-31' }, { from: '2024-05-01', to: '2024-06-30' }, { from: '2024-11-01' }, { from: '2024-06-03T10:00:00.000Z', actor: 'jonas' }]) {
      expect((await days.page(filter, EVENT_COUNT)).entries).toEqual(await fullScan(filter));
    }
  });

  it.each<AuditFilter>([{ from: '2024-10-01' }, { to: '2024-01-10' }])(
    'reads only the stretch of the log that can hold events recorded within %o',
    async (filter) => {
      const backwards = jest.spyOn(store, 'readAllBackwards');
      const { entries } = await audit.page(filter, EVENT_COUNT);
      const read = (await Promise.all(backwards.mock.results.map((result) => result.value as Promise<unknown[]>))).flat().length;
      expect(entries).toEqual(await fullScan(filter));
      expect(entries.length).toBeGreaterThan(0);
      expect(read).toBeLessThan(EVENT_COUNT / 2);
    },
  );

  it('reads no more than its scan limit per page, says where it stopped, and the next pages go on from there', async () => {
    audit.scanLimit = 1500;
    const backwards = jest.spyOn(store, 'readAllBackwards');
    const first = await audit.page({ actor: 'founder' }, 10);
    const read = backwards.mock.calls.reduce((total, [options]) => total + options.maxCount, 0);

    expect(first).toEqual({ entries: [], before: (await store.headPosition()) - 1499 });
    expect(read).toBe(1500);
    const pages = await allPages({ actor: 'founder' }, 10);
    expect(pages).toHaveLength(Math.ceil(EVENT_COUNT / 1500));
    expect(pages.flatMap((page) => page.entries)).toEqual(await fullScan({ actor: 'founder' }));
  });

  it('pages through every match with its cursor, each entry once and in order', async () => {
    const pages = await allPages({ actor: 'amina' }, 700);
    expect(pages.slice(0, -1).every((page) => page.entries.length === 700)).toBe(true);
    expect(pages.flatMap((page) => page.entries)).toEqual(await fullScan({ actor: 'amina' }));
  });
});
