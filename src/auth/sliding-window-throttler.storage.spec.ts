import { ThrottlerStorageService } from '@nestjs/throttler';
import fc from 'fast-check';
import { SlidingWindowThrottlerStorage } from './sliding-window-throttler.storage';

const TTL = 60_000;

describe('SlidingWindowThrottlerStorage', () => {
  let now: number;
  let storage: SlidingWindowThrottlerStorage;
  beforeEach(() => {
    now = 1_000_000;
    storage = new SlidingWindowThrottlerStorage(() => now);
  });

  const hit = (key = 'writes:user:ana', limit = 3, blockDuration = TTL) =>
    storage.increment(key, TTL, limit, blockDuration, 'writes');

  it('counts hits up to the limit, then blocks for the block duration', async () => {
    expect(await hit()).toEqual({ totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
    await hit();
    expect(await hit()).toMatchObject({ totalHits: 3, isBlocked: false });
    expect(await hit()).toMatchObject({ totalHits: 4, isBlocked: true, timeToBlockExpire: 60 });
    now += 30_000;
    expect(await hit()).toMatchObject({ totalHits: 4, isBlocked: true, timeToBlockExpire: 30 });
  });

  it('lets a blocked client start afresh once the block has run out', async () => {
    for (let i = 0; i < 4; i++) await hit();
    now += TTL;
    expect(await hit()).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('forgets each hit one ttl after it was made: the window slides', async () => {
    await hit();
    now += 40_000;
    await hit();
    await hit();
    now += 20_000;
    expect(await hit()).toMatchObject({ totalHits: 3, isBlocked: false });
    now += 40_000;
    expect(await hit()).toMatchObject({ totalHits: 2, isBlocked: false });
  });

  it('keeps keys apart', async () => {
    for (let i = 0; i < 4; i++) await hit('writes:user:ana');
    expect(await hit('writes:user:ben')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('without a block duration refuses, and does not count, only while the window is full', async () => {
    for (let i = 0; i < 3; i++) await hit('k', 3, 0);
    expect(await hit('k', 3, 0)).toMatchObject({ totalHits: 4, isBlocked: true, timeToBlockExpire: 60 });
    now += TTL;
    expect(await hit('k', 3, 0)).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('stays exact over many hits, with a limit far above them', async () => {
    for (let i = 0; i < 10_000; i++) {
      await hit('busy', 100_000_000);
      now += 10;
    }
    expect(await hit('busy', 100_000_000)).toMatchObject({ totalHits: TTL / 10, isBlocked: false });
  });
});

describe('SlidingWindowThrottlerStorage against the storage of @nestjs/throttler', () => {
  afterEach(() => jest.useRealTimers());

  const step = fc.record({
    waitMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2_000 }), fc.integer({ min: 2_000, max: 90_000 })),
    key: fc.constantFrom('a', 'b', 'c'),
  });
  const throttle = fc.record({
    ttl: fc.constantFrom(1_000, 10_000, 60_000),
    limit: fc.integer({ min: 1, max: 6 }),
    blockDuration: fc.constantFrom(0, 5_000, 60_000),
  });

  it('answers every increment as the library would, for any timing of hits', async () => {
    await fc.assert(
      fc.asyncProperty(throttle, fc.array(step, { minLength: 1, maxLength: 60 }), async ({ ttl, limit, blockDuration }, steps) => {
        jest.useFakeTimers({ now: 1_700_000_000_000 });
        const library = new ThrottlerStorageService();
        const ours = new SlidingWindowThrottlerStorage();
        try {
          for (const { waitMs, key } of steps) {
            jest.advanceTimersByTime(waitMs);
            const expected = await library.increment(key, ttl, limit, blockDuration, 'writes');
            // The guard reads timeToBlockExpire only when blocked; otherwise the library's value is arbitrary.
            const comparable = { ...expected, timeToBlockExpire: expected.isBlocked ? expected.timeToBlockExpire : 0 };
            expect(await ours.increment(key, ttl, limit, blockDuration, 'writes')).toEqual(comparable);
          }
        } finally {
          library.onApplicationShutdown();
          jest.useRealTimers();
        }
      }),
      { numRuns: 300 },
    );
  });
});
