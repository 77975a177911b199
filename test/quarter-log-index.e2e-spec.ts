import { QuarterId } from '../src/country/domain/country.events';
import { EVENT_STORE, EventStore } from '../src/event-store/event-store.port';
import { ProjectionEngine } from '../src/read-models/projection-engine';
import { LogCutoff, quarterActivitiesFromLog, scanningTheLog, touchesQuarter } from '../src/reports/activity-log';
import { IndexedQuarterEvents } from '../src/reports/indexed-quarter-events';
import { appendRecorded } from '../src/reports/testing/append-recorded';
import { RecordedTrackerEvent } from '../src/tracker-events';
import { startTestApp, TestApp } from './support/test-app';

const training = (date: string, title: string) => ({ country: 'KEN', date, title, audience: 'educators' as const });
const QUARTERS: QuarterId[] = ['2024-Q3', '2024-Q4', '2025-Q1'];

describe('reports as they stood, read through the quarter log index', () => {
  let t: TestApp;
  let store: EventStore;
  let indexed: IndexedQuarterEvents;
  let middle: number;

  const collect = async (read: IndexedQuarterEvents['read'], quarter: QuarterId) => {
    const seen: RecordedTrackerEvent[] = [];
    await read(quarter, (batch) => seen.push(...batch));
    return seen;
  };

  beforeAll(async () => {
    t = await startTestApp();
    store = t.app.get<EventStore>(EVENT_STORE);
    indexed = t.app.get(IndexedQuarterEvents);
    const moved = training('2024-11-10', 'Moved to January');
    const retracted = training('2024-12-01', 'Never held');
    const corrected = training('2024-10-05', 'Counted again');
    const {
      eventIds: [movedId, retractedId, correctedId],
      position,
    } = await appendRecorded(t.app, 'country-KEN', [
      { type: 'TrainingHeld', data: moved, recordedAt: '2024-11-11T10:00:00.000Z' },
      { type: 'TrainingHeld', data: retracted, recordedAt: '2024-12-02T10:00:00.000Z' },
      { type: 'TrainingHeld', data: corrected, recordedAt: '2024-12-02T11:00:00.000Z' },
      { type: 'TrainingHeld', data: training('2024-08-01', 'Last quarter'), recordedAt: '2024-12-03T10:00:00.000Z' },
    ]);
    middle = position;
    await appendRecorded(t.app, 'country-KEN', [
      {
        type: 'MilestoneCorrected',
        data: { country: 'KEN', eventId: movedId, milestoneType: 'TrainingHeld', previous: moved, changes: { date: '2025-01-10' }, reason: 'wrong month' },
        recordedAt: '2025-01-12T09:00:00.000Z',
      },
      {
        type: 'MilestoneRetracted',
        data: { country: 'KEN', eventId: retractedId, milestoneType: 'TrainingHeld', previous: retracted, reason: 'never held' },
        recordedAt: '2025-01-12T10:00:00.000Z',
      },
      {
        type: 'MilestoneCorrected',
        data: { country: 'KEN', eventId: correctedId, milestoneType: 'TrainingHeld', previous: corrected, changes: { participants: 30 }, reason: 'recount' },
        recordedAt: '2025-01-13T09:00:00.000Z',
      },
      { type: 'FrameworkDrafted', data: { country: 'KEN', date: '2024-12-20' }, recordedAt: '2025-01-14T09:00:00.000Z' },
    ]);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  it.each<[string, () => LogCutoff]>([
    ['the whole log', () => ({})],
    ['a time before the corrections', () => ({ recordedAt: '2024-12-31T00:00:00.000Z' })],
    ['a time between them', () => ({ recordedAt: '2025-01-12T09:30:00.000Z' })],
    ['a position', () => ({ throughPosition: middle })],
  ])('folds the same activities of every quarter as a read of the whole log, as of %s', async (_, cutoff) => {
    for (const quarter of QUARTERS) {
      const throughIndex = await quarterActivitiesFromLog(indexed.read, quarter, cutoff());
      expect(throughIndex).toEqual(await quarterActivitiesFromLog(scanningTheLog(store), quarter, cutoff()));
    }
    expect((await quarterActivitiesFromLog(indexed.read, '2025-Q1', {})).map((activity) => activity.fields)).toEqual([expect.objectContaining({ title: 'Moved to January' })]);
  });

  it("reads only the quarter's events by their positions, and the log only after the index's checkpoint", async () => {
    const head = await store.headPosition();
    const readAll = jest.spyOn(store, 'readAll');
    const readPositions = jest.spyOn(store, 'readPositions');
    const seen = await collect(indexed.read, '2024-Q4');

    const touching = (await store.readAll({ fromPosition: 0, maxCount: 1000 })).filter((event) => touchesQuarter(event as RecordedTrackerEvent, '2024-Q4'));
    expect(seen).toEqual(touching);
    expect(readPositions.mock.calls).toEqual([[touching.map((event) => event.position)]]);
    expect(readAll.mock.calls[0]).toEqual([{ fromPosition: head, maxCount: expect.any(Number) }]);
  });

  it('hands over, after the indexed ones, the events the index has not reached yet', async () => {
    jest.spyOn(ProjectionEngine.prototype, 'flush').mockReturnValue(new Map());
    const late = { type: 'TrainingHeld', data: training('2024-12-15', 'Logged late'), eventId: '00000000-0000-7000-8000-00000000late', schemaVersion: 1 };
    const metadata = { actor: 'test-officer', commandId: 'late', correlationId: 'late', causationId: 'late', recordedAt: '2025-02-01T09:00:00.000Z' };
    await store.appendToStream('country-KEN', [{ ...late, metadata }], 'any');

    const seen = await collect(indexed.read, '2024-Q4');
    expect(seen.at(-1)).toMatchObject({ eventId: late.eventId });
    expect(seen).toEqual(await collect(scanningTheLog(store), '2024-Q4'));
  });
});
