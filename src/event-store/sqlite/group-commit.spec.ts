import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GroupCommit } from './group-commit';

describe('GroupCommit', () => {
  let directory: string;
  let db: Database.Database;
  let observer: Database.Database;
  let commits: number;
  let group: GroupCommit;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'ta-tracker-group-commit-'));
    db = new Database(join(directory, 'store.db'));
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE rows (name TEXT PRIMARY KEY)');
    observer = new Database(join(directory, 'store.db'), { readonly: true });
    commits = 0;
    group = new GroupCommit(db, () => commits++);
  });

  afterEach(() => {
    observer.close();
    db.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const insert = (name: string) => () => db.prepare('INSERT INTO rows (name) VALUES (?)').run(name).changes;
  const failing = (name: string) => () => {
    insert(name)();
    throw new Error(`refused ${name}`);
  };
  const visibleToOthers = () =>
    (observer.prepare('SELECT name FROM rows ORDER BY name').all() as { name: string }[]).map((row) => row.name);

  it('commits writes submitted in the same turn in one transaction', async () => {
    await Promise.all(['a', 'b', 'c', 'd'].map((name) => group.submit(insert(name))));
    expect(commits).toBe(1);
    expect(visibleToOthers()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives a write that waits for the previous one a transaction of its own', async () => {
    for (const name of ['a', 'b', 'c']) await group.submit(insert(name));
    expect(commits).toBe(3);
  });

  it('settles no promise before its write is committed and visible to other connections', async () => {
    const seen = await Promise.all(['a', 'b'].map((name) => group.submit(insert(name)).then(() => visibleToOthers())));
    expect(seen).toEqual([
      ['a', 'b'],
      ['a', 'b'],
    ]);
  });

  it('undoes and rejects a failing write alone, committing the others of its turn', async () => {
    const outcomes = await Promise.allSettled([group.submit(insert('a')), group.submit(failing('b')), group.submit(insert('c'))]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[1]).toMatchObject({ reason: new Error('refused b') });
    expect(visibleToOthers()).toEqual(['a', 'c']);
  });

  it('undoes a lone failing write', async () => {
    await expect(group.submit(failing('a'))).rejects.toThrow('refused a');
    expect(visibleToOthers()).toEqual([]);
    expect(commits).toBe(0);
  });

  it('rejects every write of a turn whose transaction cannot start, and writes nothing', async () => {
    db.pragma('busy_timeout = 0');
    const blocker = new Database(join(directory, 'store.db'));
    blocker.exec('BEGIN IMMEDIATE');
    try {
      const outcomes = await Promise.allSettled([group.submit(insert('a')), group.submit(insert('b'))]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
      expect(outcomes[0]).toMatchObject({ reason: { code: 'SQLITE_BUSY' } });
    } finally {
      blocker.exec('ROLLBACK');
      blocker.close();
    }
    expect(visibleToOthers()).toEqual([]);
  });

  it('commits what is queued when asked to, before the scheduled turn', async () => {
    const pending = group.submit(insert('a'));
    group.commit();
    expect(visibleToOthers()).toEqual(['a']);
    await expect(pending).resolves.toBe(1);
  });
});
