import { CountryDirectory } from '../countries/country-directory';
import type { EventStore, ReadAllOptions } from '../event-store/event-store.port';
import { ReadModelCaches } from '../queries/read-model-caches.service';
import type { ProjectionRunner } from '../read-models/projection-runner.service';
import type { ReadModelStore } from '../read-models/read-model.store';
import type { RecordedTrackerEvent } from '../tracker-events';
import { scanningTheLog } from './activity-log';
import { IndexedQuarterEvents } from './indexed-quarter-events';
import { QuarterlyReportService } from './quarterly-report.service';
import { recordAll, training } from './testing/report-fixtures';

const AS_OF = '2025-01-05T10:00:00.000Z';

/** A log in memory with the two reads a report as of a past time needs. */
function logOf(events: RecordedTrackerEvent[]) {
  const store = {
    readAll: jest.fn(async ({ fromPosition, maxCount }: ReadAllOptions) =>
      events.filter((event) => event.position > fromPosition).slice(0, maxCount),
    ),
    headPosition: async () => events.at(-1)?.position ?? 0,
  };
  return { store, append: (event: RecordedTrackerEvent) => events.push({ ...event, position: events.length + 1 }) };
}

function serviceOn(store: Pick<EventStore, 'readAll' | 'headPosition'>) {
  const runner = { onDocumentsChanged: () => () => undefined, assertComplete: () => undefined } as unknown as ProjectionRunner;
  return new QuarterlyReportService(store as EventStore, {} as ReadModelStore, new CountryDirectory(), new ReadModelCaches(runner), runner, { read: scanningTheLog(store) } as IndexedQuarterEvents);
}

const rowsOf = (body: Buffer) => (JSON.parse(body.toString('utf8')) as { activities: { countryCodes: string }[] }).activities;

describe('quarterly reports as the log stood', () => {
  const [malta, kenya] = recordAll([training('MLT'), training('KEN')]);

  it('folds the log once for the same quarter, format and cutoff while nothing is appended', async () => {
    const { store } = logOf([malta]);
    const reports = serviceOn(store);

    const first = await reports.render('2024-Q4', 'json', { recordedAt: AS_OF });
    const folds = store.readAll.mock.calls.length;
    const again = await reports.render('2024-Q4', 'json', { recordedAt: AS_OF });

    expect(again.body.equals(first.body)).toBe(true);
    expect(store.readAll.mock.calls.length).toBe(folds);
    expect(rowsOf(first.body).map((row) => row.countryCodes)).toEqual(['MLT']);
  });

  it('sees an event appended since, recorded before the cutoff', async () => {
    const { store, append } = logOf([malta]);
    const reports = serviceOn(store);
    await reports.render('2024-Q4', 'json', { recordedAt: AS_OF });

    append(kenya);

    const after = await reports.render('2024-Q4', 'json', { recordedAt: AS_OF });
    expect(rowsOf(after.body).map((row) => row.countryCodes).sort()).toEqual(['KEN', 'MLT']);
  });

  it('lets other work run while it reads a long log', async () => {
    const { store } = logOf(recordAll(Array.from({ length: 2500 }, (_, n) => training(n % 2 ? 'MLT' : 'KEN'))));
    let otherWorkRan = false;
    setImmediate(() => (otherWorkRan = true));

    const activities = await serviceOn(store).activities('2024-Q4', { recordedAt: AS_OF });

    expect(activities).toHaveLength(2500);
    expect(otherWorkRan).toBe(true);
  });

  it('keeps the bytes of a report cut off at a log position however the log grows', async () => {
    const { store, append } = logOf([malta]);
    const reports = serviceOn(store);
    const published = await reports.render('2024-Q4', 'md', { recordedAt: AS_OF, throughPosition: 1 });

    append(kenya);
    const folds = store.readAll.mock.calls.length;
    const regenerated = await reports.render('2024-Q4', 'md', { recordedAt: AS_OF, throughPosition: 1 });

    expect(regenerated.contentHash).toBe(published.contentHash);
    expect(store.readAll.mock.calls.length).toBe(folds);
    expect(regenerated.body.toString('utf8')).not.toContain('Kenya');
  });
});
