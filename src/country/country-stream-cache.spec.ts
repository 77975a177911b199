import { Recorded } from '../event-store/event-envelope';
import { CountryEvent, TrainingHeld } from './domain/country.events';
import { CountryStreamCache } from './country-stream-cache';

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

  it('starts a stream it has never seen from the initial state', () => {
    expect(cache.get(STREAM).state.revision).toBe(-1);
  });

  it('folds newer events onto what it knows and keeps the result for the next command', () => {
    const first = cache.advance(STREAM, cache.get(STREAM), [training(0), training(1)]);
    const second = cache.advance(STREAM, cache.get(STREAM), [training(2)]);
    expect(second.state.revision).toBe(2);
    expect(first.state.revision).toBe(1);
    expect(cache.get(STREAM)).toBe(second);
  });

  it('never replaces a newer fold with an older one', () => {
    const start = cache.get(STREAM);
    const newer = cache.advance(STREAM, start, [training(0), training(1)]);
    cache.advance(STREAM, start, [training(0)]);
    expect(cache.get(STREAM)).toBe(newer);
  });

  it('remembers the result of each idempotent command: its first event, its last revision and position', () => {
    const key = { key: 'retry-me', hash: 'h1' };
    const folded = cache.advance(STREAM, cache.get(STREAM), [training(0), training(1, key), training(2, key), training(3)]);
    expect(folded.results.get('retry-me')).toEqual({
      eventId: training(1).eventId,
      revision: 2,
      position: 102,
      requestHash: 'h1',
    });
    expect(folded.results.get('unknown')).toBeUndefined();
  });

  it('keeps the first result when a later event reuses the key for another request', () => {
    const folded = cache.advance(STREAM, cache.get(STREAM), [training(0, { key: 'k', hash: 'h1' })]);
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
    small.advance('country-AAA', small.get('country-AAA'), streamOf('country-AAA', 3));
    small.advance('country-BBB', small.get('country-BBB'), streamOf('country-BBB', 3));
    small.get('country-AAA');
    small.advance('country-CCC', small.get('country-CCC'), streamOf('country-CCC', 3));

    expect(small.get('country-BBB').state.revision).toBe(-1);
    expect(small.get('country-AAA').state.revision).toBe(2);
    expect(small.get('country-CCC').state.revision).toBe(2);
  });

  it('keeps the stream just folded even when it alone is over the budget', () => {
    const tiny = new CountryStreamCache(2);
    const keyed = (revision: number) => training(revision, { key: `k${revision}`, hash: 'h' });
    tiny.advance(STREAM, tiny.get(STREAM), [keyed(0), keyed(1), keyed(2)]);
    expect(tiny.get(STREAM).state.revision).toBe(2);
  });
});
