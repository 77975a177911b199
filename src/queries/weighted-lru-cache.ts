type Slot<Value> = { value: Value; weight: number; used: boolean };

/**
 * A map that forgets its least recently used entries once their total weight passes the budget, so that
 * its memory stays bounded whatever is asked of it. A value heavier than the whole budget is not kept.
 * Recency is tracked the "second chance" way: a hit only marks the entry, and eviction moves marked entries
 * to the young end instead of dropping them, so a hit costs a flag rather than a reordering of the map.
 */
export class WeightedLruCache<Value> {
  private readonly slots = new Map<string, Slot<Value>>();
  private totalWeight = 0;

  constructor(readonly budget: number) {}

  get size(): number {
    return this.slots.size;
  }

  get weight(): number {
    return this.totalWeight;
  }

  get(key: string): Value | undefined {
    const slot = this.slots.get(key);
    if (!slot) return undefined;
    slot.used = true;
    return slot.value;
  }

  set(key: string, value: Value, weight: number): void {
    this.delete(key);
    if (weight > this.budget) return;
    this.slots.set(key, { value, weight, used: false });
    this.totalWeight += weight;
    while (this.totalWeight > this.budget) this.evictOne(key);
  }

  /** The cached value, or the loaded one, which is then cached with its weight. */
  remember(key: string, load: () => Value, weigh: (value: Value) => number): Value {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    const loaded = load();
    this.set(key, loaded, weigh(loaded));
    return loaded;
  }

  /** The value just stored is never the one evicted: it counts as used until a pass has gone round. */
  private evictOne(newest: string): void {
    for (const [oldest, slot] of this.slots) {
      this.slots.delete(oldest);
      if (slot.used || oldest === newest) {
        slot.used = false;
        this.slots.set(oldest, slot);
        continue;
      }
      this.totalWeight -= slot.weight;
      return;
    }
  }

  delete(key: string): void {
    const slot = this.slots.get(key);
    if (!slot) return;
    this.slots.delete(key);
    this.totalWeight -= slot.weight;
  }

  clear(): void {
    this.slots.clear();
    this.totalWeight = 0;
  }
}
