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
