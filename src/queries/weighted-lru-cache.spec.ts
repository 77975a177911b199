import { WeightedLruCache } from './weighted-lru-cache';

describe('weighted LRU cache', () => {
  it('keeps what fits in the budget and forgets the least recently used first', () => {
    const cache = new WeightedLruCache<string>(10);
    cache.set('a', 'A', 4);
    cache.set('b', 'B', 4);
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C', 4);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['A', undefined, 'C']);
    expect(cache.weight).toBe(8);
  });

  it('does not keep a value heavier than the whole budget, nor the older value under its key', () => {
    const cache = new WeightedLruCache<string>(10);
    cache.set('a', 'A', 4);
    cache.set('a', 'huge', 11);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.weight).toBe(0);
  });

  it('replaces a value and its weight', () => {
    const cache = new WeightedLruCache<string>(10);
    cache.set('a', 'A', 4);
    cache.set('a', 'A2', 6);
    expect([cache.get('a'), cache.weight, cache.size]).toEqual(['A2', 6, 1]);
  });

  it('loads once and serves the cached value until the key is deleted', () => {
    const cache = new WeightedLruCache<number[]>(100);
    const load = jest.fn(() => [1, 2, 3]);
    expect(cache.remember('k', load, (value) => value.length)).toEqual([1, 2, 3]);
    expect(cache.remember('k', load, (value) => value.length)).toEqual([1, 2, 3]);
    expect(load).toHaveBeenCalledTimes(1);
    cache.delete('k');
    cache.remember('k', load, (value) => value.length);
    expect(load).toHaveBeenCalledTimes(2);
    expect(cache.weight).toBe(3);
  });

  it('never evicts the value it just stored, even when every older one was used', () => {
    const cache = new WeightedLruCache<string>(10);
    cache.set('a', 'A', 4);
    cache.set('b', 'B', 4);
    cache.get('a');
    cache.get('b');
    cache.set('c', 'C', 4);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 'B', 'C']);
  });

  it('stays within its budget whatever is stored', () => {
    const cache = new WeightedLruCache<number>(50);
    for (let index = 0; index < 1000; index++) cache.set(`k${index % 97}`, index, (index % 13) + 1);
    expect(cache.weight).toBeLessThanOrEqual(50);
    cache.clear();
    expect([cache.size, cache.weight]).toEqual([0, 0]);
  });
});
