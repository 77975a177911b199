import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Projection } from '../../projections/projection';
import { Recorded } from '../event-store/event-envelope';
import {
  AnyProjection,
  FLUSHED_DOCUMENTS_KEPT,
  LIGHT_FLUSH_EVERY_EVENTS,
  LIGHT_PROJECTION_DOCUMENTS,
  ProjectionEngine,
} from './projection-engine';
import { ReadModelStore } from './read-model.store';

type Count = { events: number };

/** Counts each stream's events; a `Reset` event removes the stream's document. */
const countProjection: Projection<Count, Recorded> = {
  name: 'count',
  version: 1,
  documentsOf: (event) => [event.streamName],
  initialState: () => ({ events: 0 }),
  evolve: (state, event) => (event.type === 'Reset' ? null : { events: (state?.events ?? 0) + 1 }),
};

let position = 0;
function recorded(streamName: string, type = 'Counted'): Recorded {
  position++;
  const id = `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`;
  const metadata = { actor: 't', commandId: id, correlationId: id, causationId: id, recordedAt: '2024-12-03T10:00:00.000Z' };
  return { type, data: {}, eventId: id, schemaVersion: 1, metadata, streamName, revision: 0, position };
}

describe('ProjectionEngine', () => {
  let directory: string;
  let store: ReadModelStore;
  let engine: ProjectionEngine;
  let reads: jest.SpyInstance;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'projection-engine-'));
    store = new ReadModelStore(join(directory, 'read-models.db'));
    engine = new ProjectionEngine(store, [countProjection as AnyProjection]);
    engine.prepare();
    reads = jest.spyOn(store, 'get');
  });

  afterEach(() => {
    store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const readKeys = () => reads.mock.calls.map(([, key]) => key);

  it('folds on from the document it last flushed without reading it back from the store', () => {
    engine.apply([recorded('a')]);
    engine.flush();
    engine.apply([recorded('a'), recorded('a')]);
    engine.flush();

    expect(readKeys()).toEqual(['a']);
    expect(store.get('count', 'a')).toEqual({ events: 3 });
  });

  it('starts a removed document again from its initial state', () => {
    engine.apply([recorded('a'), recorded('a', 'Reset')]);
    engine.flush();
    engine.apply([recorded('a')]);
    engine.flush();

    expect(readKeys()).toEqual(['a']);
    expect(store.get('count', 'a')).toEqual({ events: 1 });
  });

  it(`keeps only the ${FLUSHED_DOCUMENTS_KEPT} documents written last, and reads older ones from the store`, () => {
    for (let n = 0; n <= FLUSHED_DOCUMENTS_KEPT; n++) {
      engine.apply([recorded(`s${n}`)]);
      engine.flush();
    }
    reads.mockClear();
    engine.apply([recorded('s0'), recorded(`s${FLUSHED_DOCUMENTS_KEPT}`)]);
    engine.flush();

    expect(readKeys()).toEqual(['s0']);
    expect(store.get('count', 's0')).toEqual({ events: 2 });
  });

  it(`keeps nothing of a flush that wrote more than ${FLUSHED_DOCUMENTS_KEPT} documents of a projection`, () => {
    engine.apply([recorded('a')]);
    engine.flush();
    engine.apply(Array.from({ length: FLUSHED_DOCUMENTS_KEPT + 1 }, (_, n) => recorded(`s${n}`)));
    engine.flush();
    reads.mockClear();
    engine.apply([recorded('a'), recorded('s1')]);
    engine.flush();

    expect(readKeys()).toEqual(['a', 's1']);
    expect(store.get('count', 's1')).toEqual({ events: 2 });
  });

  it('reads documents from the store again once prepared anew, e.g. after they were changed outside it', () => {
    engine.apply([recorded('a')]);
    engine.flush();
    store.put('count', 'a', { events: 40 });
    engine.prepare();
    engine.apply([recorded('a')]);
    engine.flush();

    expect(store.get('count', 'a')).toEqual({ events: 41 });
  });

  it('keeps nothing from a batch whose flush was discarded', () => {
    engine.apply([recorded('a')]);
    engine.discardPending();
    engine.apply([recorded('a')]);
    engine.flush();

    expect(readKeys()).toEqual(['a', 'a']);
    expect(store.get('count', 'a')).toEqual({ events: 1 });
  });

  describe('a catch-up\'s periodic flush', () => {
    const perEventProjection: Projection<Count, Recorded> = { ...countProjection, name: 'per-event', documentsOf: (event) => [event.eventId] };
    const events = (count: number, stream = 'a') => Array.from({ length: count }, () => recorded(stream));

    beforeEach(() => {
      engine = new ProjectionEngine(store, [countProjection, perEventProjection] as AnyProjection[]);
      engine.prepare();
    });

    it(`writes a projection with ${LIGHT_PROJECTION_DOCUMENTS} documents waiting, and leaves one with fewer for later`, () => {
      const batch = events(LIGHT_PROJECTION_DOCUMENTS);
      engine.apply(batch);
      const changes = engine.flush('due');

      expect([...changes.keys()]).toEqual(['per-event']);
      expect(engine.positionOf('per-event')).toBe(batch.at(-1)!.position);
      expect(engine.positionOf('count')).toBe(0);
      expect(store.get('count', 'a')).toBeUndefined();
      expect(engine.pendingEventCount()).toBe(0);

      engine.flush();
      expect(store.get('count', 'a')).toEqual({ events: LIGHT_PROJECTION_DOCUMENTS });
      expect(engine.lowestPosition()).toBe(batch.at(-1)!.position);
    });

    it(`writes the one with few documents too once it has folded ${LIGHT_FLUSH_EVERY_EVENTS} events`, () => {
      engine = new ProjectionEngine(store, [countProjection as AnyProjection]);
      engine.prepare();
      engine.apply(events(LIGHT_FLUSH_EVERY_EVENTS - 1));
      expect(engine.flush('due').size).toBe(0);
      engine.apply(events(1));

      expect([...engine.flush('due').keys()]).toEqual(['count']);
      expect(store.get('count', 'a')).toEqual({ events: LIGHT_FLUSH_EVERY_EVENTS });
    });

    it('reads the log again from the lowest checkpoint after a discard, and folds no event twice', () => {
      const first = events(LIGHT_PROJECTION_DOCUMENTS);
      engine.apply(first);
      engine.flush('due');
      engine.discardPending();
      expect(engine.lowestPosition()).toBe(0);

      engine.apply([...first, ...events(3)]);
      engine.flush();
      expect(store.get('count', 'a')).toEqual({ events: LIGHT_PROJECTION_DOCUMENTS + 3 });
      expect(store.count('per-event')).toBe(LIGHT_PROJECTION_DOCUMENTS + 3);
      expect(store.get('per-event', first[0].eventId)).toEqual({ events: 1 });
    });
  });
});
