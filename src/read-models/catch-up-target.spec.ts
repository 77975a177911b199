import { setFlagsFromString } from 'node:v8';
import { ReadModelRebuilding } from '../shared/domain-errors';
import { CatchUpTarget } from './catch-up-target';

jest.mock('node:v8', () => ({ ...jest.requireActual('node:v8'), setFlagsFromString: jest.fn() }));

describe('CatchUpTarget', () => {
  const positions = new Map([
    ['status', 40],
    ['timeline', 100],
  ]);
  const target = new CatchUpTarget((projection) => positions.get(projection) ?? 0);

  it('holds every projection complete until a catch-up begins', () => {
    expect(target.isComplete('status')).toBe(true);
    expect(target.progress(40)).toBeUndefined();
  });

  it('tells readers of a projection short of the head to come back, and lets the heap grow slowly meanwhile', () => {
    target.begin(100);
    expect(target.active).toBe(true);
    expect(target.isComplete('timeline')).toBe(true);
    expect(() => target.assertComplete('status')).toThrow(new ReadModelRebuilding('status', 40, 100));
    expect(target.progress(40)).toEqual({ position: 40, target: 100 });

    target.reached();
    target.reached();
    expect(target.isComplete('status')).toBe(true);
    expect(jest.mocked(setFlagsFromString).mock.calls).toEqual([['--heap-growing-percent=20'], ['--heap-growing-percent=0']]);
  });
});
