import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventStoreContract } from '../event-store.contract';
import { SqliteEventStore } from './sqlite-event-store';

const directories: string[] = [];
afterAll(() => directories.forEach((directory) => rmSync(directory, { recursive: true, force: true })));

describeEventStoreContract('SqliteEventStore', () => {
  const directory = mkdtempSync(join(tmpdir(), 'ta-tracker-contract-'));
  directories.push(directory);
  return new SqliteEventStore({ path: join(directory, 'events.db'), synchronous: 'NORMAL', pollIntervalMs: 50 });
});
