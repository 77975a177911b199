import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateEvents } from '../cli/event-migration';
import { CountryDirectory } from '../countries/country-directory';
import type { EventStore } from '../event-store/event-store.port';
import { EventStoreDbEventStore } from '../event-store/eventstoredb/eventstoredb-event-store';
import { InMemoryEventStoreDb } from '../event-store/eventstoredb/testing/in-memory-eventstoredb';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { ReadModelCaches } from '../queries/read-model-caches.service';
import type { ProjectionRunner } from '../read-models/projection-runner.service';
import type { ReadModelStore } from '../read-models/read-model.store';
import type { CommandContext } from '../shared/command/command-context';
import { NotFound } from '../shared/domain-errors';
import type { TrackerEvent } from '../tracker-events';
import { scanningTheLog } from './activity-log';
import { IndexedQuarterEvents } from './indexed-quarter-events';
import { QuarterlyReportService } from './quarterly-report.service';
import { ReportPublicationService } from './report-publication.service';
import type { QuarterlyReportPublished } from './report.events';
import { drafted, training } from './testing/report-fixtures';

const PUBLISHED_AT = '2025-01-06T09:00:00.000Z';
const context: CommandContext = { now: PUBLISHED_AT, actor: 'programme', commandId: 'c1', correlationId: 'c1', causationId: 'c1' };

/** Reports as of a past time are folded from the log alone, so no read model is needed. */
function publicationsOn(store: EventStore): ReportPublicationService {
  const runner = { onDocumentsChanged: () => () => undefined, assertComplete: () => undefined } as unknown as ProjectionRunner;
  const reports = new QuarterlyReportService(store, {} as ReadModelStore, new CountryDirectory(), new ReadModelCaches(runner), runner, { read: scanningTheLog(store) } as IndexedQuarterEvents);
  return new ReportPublicationService(store, reports);
}

async function log(store: EventStore, streamName: string, recordedAt: string, ...events: TrackerEvent[]): Promise<void> {
  const recorded = events.map((event, index) => ({
    ...event,
    eventId: `00000000-0000-4000-8000-${`${streamName.length}${recordedAt.slice(0, 10).replaceAll('-', '')}${index}`.padStart(12, '0')}`,
    schemaVersion: 1,
    metadata: { actor: 'officer', commandId: 'c', correlationId: 'c', causationId: 'c', recordedAt },
  }));
  await store.appendToStream(streamName, recorded, 'any');
}

const publication = (data: Partial<QuarterlyReportPublished['data']>): QuarterlyReportPublished => ({
  type: 'QuarterlyReportPublished',
  data: { quarter: '2024-Q4', asOf: PUBLISHED_AT, format: 'md', contentHash: 'not checked here', throughPosition: 1, ...data },
});

describe('a published report', () => {
  let directory: string;
  let sqlite: SqliteEventStore;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'ta-tracker-publication-'));
    sqlite = new SqliteEventStore({ path: join(directory, 'store.db'), synchronous: 'NORMAL' });
  });
  afterEach(async () => {
    await sqlite.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('names the last event it was built from by stream and revision', async () => {
    await log(sqlite, 'country-GHA', '2024-11-20T10:00:00.000Z', drafted('GHA'), training('GHA'));
    const receipt = await publicationsOn(sqlite).publish('2024-Q4', context);
    expect(receipt).toMatchObject({ throughPosition: 2, through: { streamName: 'country-GHA', revision: 1 } });
  });

  it('regenerates the same bytes after the log was migrated to a store with other positions', async () => {
    await log(sqlite, 'country-GHA', '2024-11-20T10:00:00.000Z', drafted('GHA'));
    await log(sqlite, 'country-KEN', '2024-11-21T10:00:00.000Z', training('KEN'));
    const receipt = await publicationsOn(sqlite).publish('2024-Q4', context);
    await log(sqlite, 'country-MLT', '2024-12-01T10:00:00.000Z', training('MLT'));

    const eventStoreDb = new EventStoreDbEventStore(new InMemoryEventStoreDb().asClient());
    await migrateEvents(sqlite, eventStoreDb);
    const [lastThen] = await eventStoreDb.readStream('country-KEN', 0, 1);
    expect(lastThen.position).not.toBe(receipt.throughPosition);

    const regenerated = await publicationsOn(eventStoreDb).latest('2024-Q4');
    expect(regenerated.rendered.contentHash).toBe(receipt.contentHash);
    expect(regenerated.rendered.body.toString('utf8')).not.toContain('Malta');
    expect(regenerated.changes.map((change) => change.countries)).toEqual([['MLT']]);
    await eventStoreDb.close();
  });

  it('is cut off by its position when it was published before stream and revision were recorded', async () => {
    await log(sqlite, 'country-GHA', '2024-11-20T10:00:00.000Z', drafted('GHA'));
    await log(sqlite, 'report-2024-Q4', '2025-01-06T09:00:00.000Z', publication({ throughPosition: 1 }));
    await log(sqlite, 'country-KEN', '2024-11-21T10:00:00.000Z', training('KEN'));
    const regenerated = await publicationsOn(sqlite).latest('2024-Q4');
    expect(regenerated.rendered.body.toString('utf8')).toContain('Ghana');
    expect(regenerated.rendered.body.toString('utf8')).not.toContain('Kenya');
  });

  it('is not regenerated from a store that lacks the event it was built up to', async () => {
    await log(sqlite, 'report-2024-Q4', '2025-01-06T09:00:00.000Z', publication({ through: { streamName: 'country-GHA', revision: 3 } }));
    const regenerating = publicationsOn(sqlite).latest('2024-Q4');
    await expect(regenerating).rejects.toBeInstanceOf(NotFound);
    await expect(regenerating).rejects.toThrow('country-GHA@3');
  });
});
