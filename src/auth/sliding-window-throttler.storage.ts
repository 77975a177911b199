import type { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';

type Tracked = {
  /** When each hit of the window stops counting, oldest first; `first` is the oldest one still counting. */
  expirations: number[];
  first: number;
  windowEndsAt: number;
  blockedUntil: number | undefined;
};

const SWEEP_EVERY_MS = 60_000;

const seconds = (milliseconds: number) => Math.ceil(milliseconds / 1000);

/**
 * The in-memory storage of @nestjs/throttler with the same sliding-window answers, but each request costs
 * the same however many hits the window holds: the built-in one filters and spreads the whole list of
 * hits on every request, which grows with the limit (and without bound when a high limit switches it off).
 * Hits are added with one ttl per key, so they expire in the order they were made.
 */
export class SlidingWindowThrottlerStorage implements ThrottlerStorage {
  private readonly tracked = new Map<string, Tracked>();
  private lastSweep: number;

  constructor(private readonly clock: () => number = Date.now) {
    this.lastSweep = clock();
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    _throttlerName?: string,
  ): Promise<ThrottlerStorageRecord> {
    const now = this.clock();
    if (now - this.lastSweep >= SWEEP_EVERY_MS) this.sweep(now);
    const entry = this.entryFor(key, now, ttl);
    dropExpired(entry, now);
    if (entry.windowEndsAt <= now) entry.windowEndsAt = now + ttl;
    if (blockDuration <= 0) return this.whileWindowIsFull(entry, now, ttl, limit);
    if (entry.blockedUntil !== undefined && entry.blockedUntil <= now) {
      entry.blockedUntil = undefined;
      entry.expirations = [];
      entry.first = 0;
    }
    if (entry.blockedUntil === undefined) {
      entry.expirations.push(now + ttl);
      if (hits(entry) > limit) entry.blockedUntil = now + (blockDuration > 0 ? blockDuration : ttl);
    }
    return {
      totalHits: hits(entry),
      timeToExpire: seconds(entry.windowEndsAt - now),
      isBlocked: entry.blockedUntil !== undefined,
      timeToBlockExpire: entry.blockedUntil === undefined ? 0 : seconds(entry.blockedUntil - now),
    };
  }

  /** Without a block duration a request is refused, and not counted, only while the window holds `limit` hits. */
  private whileWindowIsFull(entry: Tracked, now: number, ttl: number, limit: number): ThrottlerStorageRecord {
    const full = hits(entry) >= limit;
    if (!full) entry.expirations.push(now + ttl);
    return {
      totalHits: hits(entry) + (full ? 1 : 0),
      timeToExpire: seconds(entry.windowEndsAt - now),
      isBlocked: full,
      timeToBlockExpire: full ? seconds(entry.expirations[entry.first] - now) : 0,
    };
  }

  private entryFor(key: string, now: number, ttl: number): Tracked {
    let entry = this.tracked.get(key);
    if (!entry) {
      entry = { expirations: [], first: 0, windowEndsAt: now + ttl, blockedUntil: undefined };
      this.tracked.set(key, entry);
    }
    return entry;
  }

  /** Forgets keys with nothing left to count, so a stream of one-off clients does not grow the map. */
  private sweep(now: number): void {
    this.lastSweep = now;
    for (const [key, entry] of this.tracked) {
      dropExpired(entry, now);
      if (hits(entry) === 0 && entry.blockedUntil === undefined && entry.windowEndsAt <= now) this.tracked.delete(key);
    }
  }
}

const hits = (entry: Tracked) => entry.expirations.length - entry.first;

function dropExpired(entry: Tracked, now: number): void {
  while (entry.first < entry.expirations.length && entry.expirations[entry.first] <= now) entry.first++;
  if (entry.first > 64 && entry.first * 2 > entry.expirations.length) {
    entry.expirations = entry.expirations.slice(entry.first);
    entry.first = 0;
  }
}
