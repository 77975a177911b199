import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppConfig, configFromEnv } from '../config/app-config';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';

export type BackupSummary = {
  source: string;
  destination: string;
  events: number;
  headPosition: number;
  bytes: number;
  elapsedMs: number;
};

export class BackupRefused extends Error {}

/**
 * Copies the SQLite store (events, read models and checkpoints) while the service keeps writing: SQLite's
 * online backup reads one consistent snapshot, so the copy holds every event acknowledged before it began.
 * The copy is a single self-contained file (rollback journal, not WAL) and is checked before it is kept.
 */
export async function backupStore(config: AppConfig, destination: string): Promise<BackupSummary> {
  if (config.eventStore !== 'sqlite') {
    throw new BackupRefused(`EVENT_STORE=${config.eventStore}: back up EventStoreDB with its own tools; this copies the SQLite store`);
  }
  const source = config.sqlitePath;
  const target = resolve(destination);
  if (!existsSync(source)) throw new BackupRefused(`There is no store at ${source} (set SQLITE_PATH to the store file)`);
  if (target === source) throw new BackupRefused('The backup must go to another file than the store itself');
  if (existsSync(target)) throw new BackupRefused(`${target} already exists; name a new file so that no backup is overwritten`);

  const started = Date.now();
  const store = new SqliteEventStore({ path: source, synchronous: config.sqliteSynchronous });
  try {
    await store.backupTo(target);
  } finally {
    await store.close();
  }
  try {
    const { events, headPosition } = sealAndVerify(target);
    return { source, destination: target, events, headPosition, bytes: statSync(target).size, elapsedMs: Date.now() - started };
  } catch (error) {
    rmSync(target, { force: true });
    throw error;
  }
}

function sealAndVerify(path: string): { events: number; headPosition: number } {
  const copy = new Database(path);
  try {
    copy.pragma('journal_mode = DELETE');
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`The copy failed its integrity check: ${String(integrity)}`);
    const { events, head } = copy
      .prepare<[], { events: number; head: number | null }>('SELECT count(*) AS events, max(position) AS head FROM events')
      .get()!;
    return { events, headPosition: head ?? 0 };
  } finally {
    copy.close();
  }
}

export function describeBackup(summary: BackupSummary): string {
  const megabytes = (summary.bytes / 2 ** 20).toFixed(1);
  return (
    `Backed up ${summary.events} events (up to position ${summary.headPosition}) from ${summary.source} ` +
    `to ${summary.destination}: ${megabytes} MB in ${summary.elapsedMs} ms, integrity check ok`
  );
}

async function main(): Promise<void> {
  const destination = process.argv[2];
  if (!destination) throw new BackupRefused('Name the backup file: npm run backup -- ./backup.db');
  console.log(describeBackup(await backupStore(configFromEnv(), destination)));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
