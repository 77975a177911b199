const BUCKETS = 64;

type Bucket<T> = ReadonlyMap<string, T>;

const EMPTY_BUCKET: Bucket<unknown> = new Map();

function bucketOf(key: string): number {
  let hash = 0;
  for (let index = key.length - 1; index >= 0 && index >= key.length - 8; index--) hash = (hash * 31 + key.charCodeAt(index)) | 0;
  return (hash >>> 0) % BUCKETS;
}

/**
 * An immutable map keyed by ids (such as event ids) that shares with its predecessor everything a change
 * leaves untouched: a stream's state is re-made after every command, and copying thousands of entries each
 * time would make a command's cost grow with the stream's history.
 */
export class PersistentMap<T> {
  private constructor(
    private readonly buckets: readonly Bucket<T>[],
    readonly size: number,
  ) {}

  static empty<T>(): PersistentMap<T> {
    return new PersistentMap<T>(Array<Bucket<T>>(BUCKETS).fill(EMPTY_BUCKET as Bucket<T>), 0);
  }

  get(key: string): T | undefined {
    return this.buckets[bucketOf(key)].get(key);
  }

  /** Entries in no particular order. */
  entries(): [string, T][] {
    return this.buckets.flatMap((bucket) => [...bucket]);
  }

  /** A new index with `changes` applied; only the buckets they touch are copied. */
  with(changes: ReadonlyMap<string, T>): PersistentMap<T> {
    if (changes.size === 0) return this;
    const buckets = [...this.buckets];
    const copied = new Set<number>();
    let size = this.size;
    for (const [key, value] of changes) {
      const index = bucketOf(key);
      if (!copied.has(index)) {
        buckets[index] = new Map(buckets[index]);
        copied.add(index);
      }
      if (!buckets[index].has(key)) size++;
      (buckets[index] as Map<string, T>).set(key, value);
    }
    return new PersistentMap(buckets, size);
  }
}
