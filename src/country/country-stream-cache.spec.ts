import { Recorded } from '../event-store/event-envelope';
import { CountryEvent, TrainingHeld } from './domain/country.events';
import { CountryStreamCache, EMPTY_STREAM } from './country-stream-cache';

const STREAM = 'country-MDV';

function training(revision: number, idempotency?: { key: string; hash: string }): Recorded<CountryEvent> {
  const event: Recorded<TrainingHeld> = {
    type: 'TrainingHeld',
    data: { country: 'MDV', date: '2024-11-12', title: `Training ${revision}`, audience: 'educators' },
    eventId: `00000000-0000-4000-8000-${String(revision).padStart(12, '0')}`,
    schemaVersion: 1,
    streamName: STREAM,
    revision,
    position: 100 + revision,
    metadata: {
      actor: 'officer',
      commandId: `c${revision}`,
      correlationId: `c${revision}`,
      causationId: `c${revision}`,
      recordedAt: '2024-12-03T10:00:00.000Z',
      ...(idempotency && { idempotencyKey: idempotency.key, requestHash: idempotency.hash }),
    },
  };
  return event;
}

describe('CountryStreamCache', () => {
  let cache: CountryStreamCache;
  beforeEach(() => (cache = new CountryStreamCache()));

  it('knows nothing of a stream it has never seen', () => {
    expect(cache.get(STREAM)).toBeUndefined();
    expect(EMPTY_STREAM.state.revision).toBe(-1);
  });

  it('keeps a fold made elsewhere unless it knows a newer one', () => {
    const newer = cache.advance(STREAM, EMPTY_STREAM, [training(0), training(1)]);
    const older = { ...EMPTY_STREAM, state: { ...EMPTY_STREAM.state, revision: 0 } };
    expect(cache.keep(STREAM, older)).toBe(older);
    expect(cache.get(STREAM)).toBe(newer);
    const newest = { ...newer, state: { ...newer.state, revision: 5 } };
    cache.keep(STREAM, newest);
    expect(cache.get(STREAM)).toBe(newest);
  });

  it('folds newer events onto what it knows and keeps the result for the next command', () => {
    const first = cache.advance(STREAM, EMPTY_STREAM, [training(0), training(1)]);
    const second = cache.advance(STREAM, cache.get(STREAM)!, [training(2)]);
    expect(second.state.revision).toBe(2);
    expect(first.state.revision).toBe(1);
    expect(cache.get(STREAM)).toBe(second);
  });

  it('never replaces a newer fold with an older one', () => {
    const start = EMPTY_STREAM;
    const newer = cache.advance(STREAM, start, [training(0), training(1)]);
    cache.advance(STREAM, start, [training(0)]);
    expect(cache.get(STREAM)).toBe(newer);
  });

  it('remembers the result of each idempotent command: its first event, its last revision and position', () => {
    const key = { key: 'retry-me', hash: 'h1' };
    const folded = cache.advance(STREAM, EMPTY_STREAM, [training(0), training(1, key), training(2, key), training(3)]);
    expect(folded.results.get('retry-me')).toEqual({
      eventId: training(1).eventId,
      revision: 2,
      position: 102,
      requestHash: 'h1',
    });
    expect(folded.results.get('unknown')).toBeUndefined();
  });

  it('keeps the first result when a later event reuses the key for another request', () => {
    const folded = cache.advance(STREAM, EMPTY_STREAM, [training(0, { key: 'k', hash: 'h1' })]);
    const later = cache.advance(STREAM, folded, [training(1, { key: 'k', hash: 'h2' })]);
    expect(later.results.get('k')).toMatchObject({ eventId: training(0).eventId, revision: 0, requestHash: 'h1' });
  });

  it('forgets the least recently used streams once the results it keeps pass its budget', () => {
    const small = new CountryStreamCache(8);
    const streamOf = (name: string, count: number) =>
      Array.from({ length: count }, (_, revision) => ({
        ...training(revision, { key: `${name}-${revision}`, hash: 'h' }),
        streamName: name,
        eventId: `${name}-${revision}`,
      }));
    small.advance('country-AAA', EMPTY_STREAM, streamOf('country-AAA', 3));
    small.advance('country-BBB', EMPTY_STREAM, streamOf('country-BBB', 3));
    small.get('country-AAA');
    small.advance('country-CCC', EMPTY_STREAM, streamOf('country-CCC', 3));

    expect(small.get('country-BBB')).toBeUndefined();
    expect(small.get('country-AAA')?.state.revision).toBe(2);
    expect(small.get('country-CCC')?.state.revision).toBe(2);
  });

  it('keeps the stream just folded even when it alone is over the budget', () => {
    const tiny = new CountryStreamCache(2);
    const keyed = (revision: number) => training(revision, { key: `k${revision}`, hash: 'h' });
    tiny.advance(STREAM, EMPTY_STREAM, [keyed(0), keyed(1), keyed(2)]);
    expect(tiny.get(STREAM)?.state.revision).toBe(2);
  });
});
