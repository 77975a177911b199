import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadModelStore } from './read-model.store';

describe('ReadModelStore.write', () => {
  let dir: string;
  let store: ReadModelStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ta-tracker-read-models-'));
    store = new ReadModelStore(join(dir, 'read-models.db'), 'OFF');
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const documentsNumbered = (count: number, value: (index: number) => unknown = (index) => ({ index })) =>
    new Map<string, unknown>(Array.from({ length: count }, (_, index) => [`k/${String(count - index).padStart(4, '0')}`, value(index)]));

  it.each([1, 99, 100, 101, 250])('writes all %i documents, whatever the rows per statement', (count) => {
    store.transaction(() => store.write('p', documentsNumbered(count)));

    const written = store.list<{ index: number }>('p');
    expect(written).toHaveLength(count);
    expect(store.get('p', 'k/0001')).toEqual({ index: count - 1 });
    expect(store.get('p', `k/${String(count).padStart(4, '0')}`)).toEqual({ index: 0 });
  });

  it('replaces documents it wrote before and removes those folded to null, leaving other projections alone', () => {
    store.transaction(() => {
      store.write('p', documentsNumbered(150));
      store.write('q', documentsNumbered(3));
    });
    store.transaction(() => store.write('p', documentsNumbered(150, (index) => (index % 2 === 0 ? null : { index, again: true }))));

    expect(store.count('p')).toBe(75);
    expect(store.get('p', 'k/0150')).toBeUndefined();
    expect(store.get('p', 'k/0149')).toEqual({ index: 1, again: true });
    expect(store.count('q')).toBe(3);
  });

  it('writes nothing for an empty flush', () => {
    store.transaction(() => store.write('p', new Map()));
    expect(store.count('p')).toBe(0);
  });
});

describe('ReadModelStore on a file written in the older WITHOUT ROWID layout', () => {
  it('drops those documents and their checkpoints, so the runner rebuilds them, and keeps the events', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ta-tracker-read-models-'));
    const path = join(dir, 'tracker.db');
    const older = new Database(path);
    older.exec(`
      CREATE TABLE read_models (projection TEXT NOT NULL, key TEXT NOT NULL, document TEXT NOT NULL, PRIMARY KEY (projection, key)) WITHOUT ROWID;
      CREATE TABLE projection_checkpoints (projection TEXT PRIMARY KEY, version INTEGER NOT NULL, position INTEGER NOT NULL);
      CREATE TABLE events (position INTEGER PRIMARY KEY, data TEXT);
      INSERT INTO read_models VALUES ('country-status', 'MLT', '{}');
      INSERT INTO projection_checkpoints VALUES ('country-status', 2, 41);
      INSERT INTO events VALUES (1, '{}');
    `);
    older.close();

    const store = new ReadModelStore(path, 'OFF');
    try {
      expect(store.count('country-status')).toBe(0);
      expect(store.checkpoints().size).toBe(0);
      expect(store.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'read_models'").pluck().get()).not.toMatch(/WITHOUT ROWID/);
      expect(store.db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(1);
      store.transaction(() => store.write('country-status', new Map([['MLT', { stage: 'none' }]])));
    } finally {
      store.close();
    }
    const reopened = new ReadModelStore(path, 'OFF');
    expect(reopened.get('country-status', 'MLT')).toEqual({ stage: 'none' });
    reopened.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
