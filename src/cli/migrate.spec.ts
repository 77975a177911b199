import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewEvent, Recorded } from '../event-store/event-envelope';
import { EventStore } from '../event-store/event-store.port';
import { EventStoreDbEventStore } from '../event-store/eventstoredb/eventstoredb-event-store';
import { InMemoryEventStoreDb } from '../event-store/eventstoredb/testing/in-memory-eventstoredb';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { SCHEMA_VERSION, TrackerEvent } from '../tracker-events';
import { EVERY_EVENT_TYPE } from './every-event-type.fixture';
import { migrateEvents, verifyMigration } from './event-migration';
import { runMigration } from './migrate';

let counter = 0;
function newEvent<Type extends TrackerEvent['type']>(type: Type): NewEvent {
  counter++;
  return {
    type,
    data: EVERY_EVENT_TYPE[type],
    eventId: `00000000-0000-5000-8000-${String(counter).padStart(12, '0')}`,
    schemaVersion: SCHEMA_VERSION,
    metadata: {
      actor: 'officer@example.org',
      commandId: `command-${counter}`,
      correlationId: `correlation-${counter}`,
      causationId: `causation-${counter}`,
      recordedAt: `2024-12-0${1 + (counter % 9)}T10:00:00.000Z`,
      ...(counter % 2 === 0 && { idempotencyKey: `key-${counter}`, requestHash: `hash-${counter}` }),
    },
  };
}

/** Interleaves streams and mixes single and multi-event appends, as the app writes them. */
async function fillWithEveryEventType(store: EventStore): Promise<void> {
  const appends: Array<[string, TrackerEvent['type'][]]> = [
    ['country-MLT', ['AssistanceInitiated']],
    ['country-AND', ['GuidelinesTranslated', 'ChildTaskforceEstablished']],
    ['country-MLT', ['FrameworkDrafted', 'FrameworkAdopted']],
    ['regional-activity-africa-2024', ['RegionalActivityHeld']],
    ['country-MDV', ['TrainingHeld', 'EventHeld']],
    ['country-AND', ['ChildConsultationHeld']],
    ['country-MLT', ['AssistanceCompleted']],
    ['country-ECU', ['ActivityPlanned']],
    ['country-MDV', ['MilestoneCorrected']],
    ['country-MLT', ['MilestoneRetracted']],
    ['report-2024-Q4', ['QuarterlyReportPublished']],
  ];
  const revisions = new Map<string, number>();
  for (const [stream, types] of appends) {
    const result = await store.appendToStream(stream, types.map(newEvent), revisions.get(stream) ?? 'no-stream');
    revisions.set(stream, result.nextRevision);
  }
}

/** A target that fails like a crash after a number of successful appends. */
function crashingAfter(target: EventStore, appends: number): EventStore {
  let left = appends;
  return Object.assign(Object.create(target) as EventStore, {
    appendToStream: async (...args: Parameters<EventStore['appendToStream']>) => {
      if (left-- <= 0) throw new Error('simulated crash');
      return target.appendToStream(...args);
    },
  });
}

/** Positions are the target's own; everything else must be copied as it was. */
function comparable(events: Recorded[]): Omit<Recorded, 'position'>[] {
  return events.map(({ position, ...event }) => {
    expect(position).toBeGreaterThan(0);
    return event;
  });
}

describe('migrating the event log', () => {
  let directory: string;
  let source: SqliteEventStore;
  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'ta-tracker-migrate-'));
    source = new SqliteEventStore({ path: join(directory, 'source.db'), synchronous: 'NORMAL' });
    await fillWithEveryEventType(source);
  });
  afterEach(async () => {
    await source.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('copies every event type, resumes after an interruption and verifies the copy', async () => {
    const targetPath = join(directory, 'target.db');
    const firstTarget = new SqliteEventStore({ path: targetPath });
    const crashing = migrateEvents(source, crashingAfter(firstTarget, 4), { batchSize: 3 });
    await expect(crashing).rejects.toThrow('simulated crash');
    const partial = await firstTarget.readAll({ fromPosition: 0, maxCount: 1000 });
    await firstTarget.close();
    expect(partial.length).toBeGreaterThan(0);
    const target = new SqliteEventStore({ path: targetPath });
    expect((await verifyMigration(source, target)).ok).toBe(false);
    const resumed = await migrateEvents(source, target, { batchSize: 3 });
    const all = await source.readAll({ fromPosition: 0, maxCount: 1000 });
    expect(resumed).toMatchObject({ skipped: partial.length, copied: all.length - partial.length });
    expect(new Set(all.map((event) => event.type))).toEqual(new Set(Object.keys(EVERY_EVENT_TYPE)));
    expect(comparable(await target.readAll({ fromPosition: 0, maxCount: 1000 }))).toEqual(comparable(all));

    const verification = await verifyMigration(source, target);
    expect(verification.problems).toEqual([]);
    expect(verification.ok).toBe(true);
    expect(await migrateEvents(source, target)).toMatchObject({ copied: 0, skipped: all.length });
    await target.close();
  });

  it('copies into EventStoreDB through the same code path, preserving ids, order and metadata', async () => {
    const target = new EventStoreDbEventStore(new InMemoryEventStoreDb().asClient());
    await migrateEvents(source, target, { batchSize: 4 });
    const all = await source.readAll({ fromPosition: 0, maxCount: 1000 });
    expect(comparable(await target.readAll({ fromPosition: 0, maxCount: 1000 }))).toEqual(comparable(all));
    expect((await verifyMigration(source, target)).ok).toBe(true);
    await target.close();
  });

  it('runs from the command line and prints a verification', async () => {
    const lines: string[] = [];
    const code = await runMigration(
      ['--from', `sqlite:${join(directory, 'source.db')}`, '--to', `sqlite:${join(directory, 'copy', 'copy.db')}`],
      (line) => lines.push(line),
    );
    const output = lines.join('\n');
    expect(output).toContain('Copied 14 events; 0 were already in the target.');
    expect(output).toMatch(/events +source 14, target 14: match/);
    expect(output).toMatch(/last revisions +6 of 6 streams: match/);
    expect(output).toContain('Migration verified');
    expect(code).toBe(0);
  });

  it('stops cleanly when interrupted and says how to resume', async () => {
    const interrupt = new AbortController();
    interrupt.abort();
    const lines: string[] = [];
    const code = await runMigration(
      ['--from', `sqlite:${join(directory, 'source.db')}`, '--to', `sqlite:${join(directory, 'copy.db')}`],
      (line) => lines.push(line),
      interrupt.signal,
    );
    expect(lines.at(-1)).toBe('Interrupted after copying 0 events. Run the same command again to resume.');
    expect(code).toBe(1);
  });

  it('reports a target that differs from the source', async () => {
    const target = new SqliteEventStore({ path: join(directory, 'target.db') });
    await migrateEvents(source, target);
    await target.appendToStream('country-XXK', [newEvent('AssistanceInitiated')], 'no-stream');
    const verification = await verifyMigration(source, target);
    expect(verification.ok).toBe(false);
    expect(verification.problems).toEqual([
      'event count differs: source 14, target 15',
      'stream count differs: source 6, target 7',
    ]);
    await target.close();
  });

  it.each([
    [[], 'Both --from and --to are required'],
    [['--from', 'sqlite:a.db', '--to', 'sqlite:./a.db'], '--from and --to name the same store'],
    [['--from', 'sqlite:a.db', '--to', 'mysql://x'], '"mysql://x" is neither sqlite:<file> nor esdb://'],
    [['--from', 'sqlite:/nonexistent/none.db', '--to', 'sqlite:b.db'], 'The source SQLite file /nonexistent/none.db'],
    [['--from', 'sqlite:a.db', '--to', 'sqlite:b.db', '--batch-size', '0'], '--batch-size must be a positive integer'],
  ])('refuses bad arguments %j with a usage message', async (argv, message) => {
    const lines: string[] = [];
    const code = await runMigration(argv, (line) => lines.push(line));
    expect(lines.join('\n')).toContain(message);
    expect(lines.join('\n')).toContain('Usage: npm run migrate --');
    expect(code).toBe(2);
  });
});
