import { randomUUID } from 'node:crypto';
import { PersistentMap } from './persistent-map';

describe('PersistentMap', () => {
  const ids = Array.from({ length: 500 }, () => randomUUID());
  const filled = PersistentMap.empty<number>().with(new Map(ids.map((id, index) => [id, index])));

  it('finds every value it was given, and nothing else', () => {
    ids.forEach((id, index) => expect(filled.get(id)).toBe(index));
    expect(filled.get(randomUUID())).toBeUndefined();
    expect(filled.entries().sort(([, a], [, b]) => a - b)).toEqual(ids.map((id, index) => [id, index]));
  });

  it('leaves the index it was made from as it was', () => {
    const changed = filled.with(new Map([[ids[0], -1], ['new', 1000]]));
    expect(changed.get(ids[0])).toBe(-1);
    expect(changed.get('new')).toBe(1000);
    expect(changed.entries()).toHaveLength(501);
    expect(filled.get(ids[0])).toBe(0);
    expect(filled.get('new')).toBeUndefined();
    expect(filled.entries()).toHaveLength(500);
  });

  it('returns itself for no changes', () => {
    expect(filled.with(new Map())).toBe(filled);
  });

  it('counts distinct keys: a replaced value does not add to its size', () => {
    const first = PersistentMap.empty<number>().with(new Map([['a', 1], ['b', 2]]));
    const second = first.with(new Map([['b', 3], ['c', 4]]));
    expect([PersistentMap.empty().size, first.size, second.size]).toEqual([0, 2, 3]);
  });
});
