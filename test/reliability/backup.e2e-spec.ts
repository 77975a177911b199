import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { writeDataset } from '../bench/support/dataset-file';
import { spawnTypeScript } from './support/child-server';
import { get, ListeningApp, startListeningApp } from './support/listening-app';
import { reliabilityScale } from './support/reliability-scale';
import { readModelDump, rebuiltReadModelDump, storedEvents, withStoreFile } from './support/store-file';
import { startWriteLoad } from './support/write-load';

const { backupRounds: ROUNDS } = reliabilityScale();

function runBackupCli(sqlitePath: string, destination: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawnTypeScript('src/cli/backup.ts', [destination], { SQLITE_PATH: sqlitePath });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const checkpointOf = (path: string) =>
  withStoreFile(path, (db) => db.prepare<[], { position: number }>("SELECT min(position) AS position FROM projection_checkpoints").get()!.position);

describe(`backup while writes continue (${ROUNDS} round${ROUNDS > 1 ? 's' : ''})`, () => {
  let t: ListeningApp;
  beforeAll(async () => (t = await startListeningApp()));
  afterAll(() => t.close());

  it('takes a consistent copy that opens and holds every event acknowledged before it began', async () => {
    const load = startWriteLoad(t.baseUrl, 'backup', 6);
    try {
      for (let round = 0; round < ROUNDS; round++) {
        while (load.acknowledged.size < 20 * (round + 1)) await new Promise((resolve) => setTimeout(resolve, 20));
        const acknowledgedBefore = new Set(load.acknowledged.keys());
        const destination = join(t.dir, `backup-${round}.db`);
        const { code, output } = await runBackupCli(t.config.sqlitePath, destination);
        expect({ code, output }).toEqual({ code: 0, output: expect.stringMatching(/^Backed up \d+ events .* integrity check ok\n$/) });

        const copy = new Database(destination, { readonly: true });
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
        copy.close();
        const copied = storedEvents(destination);
        const copiedIds = new Set(copied.map((event) => event.eventId));
        expect([...acknowledgedBefore].filter((eventId) => !copiedIds.has(eventId))).toEqual([]);
        const live = storedEvents(t.config.sqlitePath).slice(0, copied.length);
        expect(copied.map((event) => event.eventId)).toEqual(live.map((event) => event.eventId));
        expect(readModelDump(destination)).toEqual(rebuiltReadModelDump(destination, 1000, checkpointOf(destination)));
      }
    } finally {
      await load.stop();
    }
    expect(load.serverErrors).toEqual([]);
  });

  it('restores: a server started on the copy serves what the copy holds', async () => {
    const restoreDir = join(t.dir, 'restore');
    mkdirSync(restoreDir);
    copyFileSync(join(t.dir, 'backup-0.db'), join(restoreDir, 'tracker.db'));
    const restored = await startListeningApp({}, restoreDir);
    try {
      const health = await get(restored.baseUrl, '/api/health');
      const events = storedEvents(join(restoreDir, 'tracker.db'));
      expect(health.body).toMatchObject({ store: { headPosition: events.length }, projections: { position: events.length } });
    } finally {
      await restored.close();
    }
  });

  it('refuses to overwrite a file or to copy a store that does not exist', async () => {
    const existing = join(t.dir, 'backup-0.db');
    expect(existsSync(existing)).toBe(true);
    const overwrite = await runBackupCli(t.config.sqlitePath, existing);
    const missing = await runBackupCli(join(t.dir, 'no-such-store.db'), join(t.dir, 'other.db'));
    expect(overwrite).toEqual({ code: 1, output: expect.stringMatching(/already exists/) });
    expect(missing).toEqual({ code: 1, output: expect.stringMatching(/There is no store at/) });
    expect(existsSync(join(t.dir, 'no-such-store.db'))).toBe(false);
  });

  it('finishes even when another connection writes between every step of the copy', async () => {
    const path = join(t.dir, 'busy.db');
    writeDataset(path, { events: 5_000, seed: 99 });
    const store = new SqliteEventStore({ path });
    const writer = new Database(path);
    writer.pragma('synchronous = OFF');
    writer.exec('CREATE TABLE IF NOT EXISTS scratch (n INTEGER)');
    const insert = writer.prepare('INSERT INTO scratch (n) VALUES (?)');
    let writes = 0;
    let writing = true;
    let timer: NodeJS.Timeout | undefined;
    const keepWriting = () => {
      if (!writing || writes >= 1_000_000) return;
      insert.run(writes++);
      setImmediate(keepWriting);
    };
    setImmediate(keepWriting);
    try {
      const copied = store.backupTo(join(t.dir, 'busy-backup.db')).then(() => 'copied');
      const gaveUp = new Promise((resolve) => (timer = setTimeout(() => resolve('never finished'), 20_000)));
      expect(await Promise.race([copied, gaveUp])).toBe('copied');
    } finally {
      clearTimeout(timer);
      writing = false;
      writer.close();
      await store.close();
    }
    expect(writes).toBeGreaterThan(0);
    expect(storedEvents(join(t.dir, 'busy-backup.db'))).toHaveLength(5_000);
  });
});
