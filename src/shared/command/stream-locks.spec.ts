import { StreamLocks } from './stream-locks';

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** Work that logs when it starts and ends, a tick apart, and answers its name. */
const loggedPiece = (log: string[], name: string) => async () => {
  log.push(`${name} starts`);
  await tick();
  log.push(`${name} ends`);
  return name;
};

describe('StreamLocks', () => {
  const locks = new StreamLocks();

  it('runs the work of one stream one piece at a time, in arrival order', async () => {
    const log: string[] = [];
    const results = await Promise.all(['a', 'b', 'c'].map((name) => locks.run('country-MLT', loggedPiece(log, name))));
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
  });

  it('lets the work of other streams run alongside', async () => {
    const log: string[] = [];
    await Promise.all([locks.run('country-MLT', loggedPiece(log, 'malta')), locks.run('country-IDN', loggedPiece(log, 'indonesia'))]);
    expect(log.slice(0, 2)).toEqual(['malta starts', 'indonesia starts']);
  });

  it('goes on with the next piece when one fails, and passes the failure to its caller', async () => {
    const failing = locks.run('country-MLT', async () => {
      throw new Error('refused');
    });
    const next = locks.run('country-MLT', async () => 'done');
    await expect(failing).rejects.toThrow('refused');
    await expect(next).resolves.toBe('done');
  });
});
