import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFromEnv } from '../config/app-config';
import { createEventStore } from './event-store.module';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

/** Set by the mocked module when it is first required, which may be while the spec's own imports run. */
const clientLoaded = () => (globalThis as { eventStoreDbClientLoaded?: boolean }).eventStoreDbClientLoaded === true;
jest.mock('@eventstore/db-client', () => {
  (globalThis as { eventStoreDbClientLoaded?: boolean }).eventStoreDbClientLoaded = true;
  return jest.requireActual('@eventstore/db-client');
});

describe('opening the configured event store', () => {
  let directory: string;
  beforeAll(() => (directory = mkdtempSync(join(tmpdir(), 'ta-tracker-store-module-'))));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('loads the EventStoreDB client only when EventStoreDB is the configured store', async () => {
    const sqlite = await createEventStore(configFromEnv({ SQLITE_PATH: join(directory, 'store.db') }));
    expect(sqlite).toBeInstanceOf(SqliteEventStore);
    expect(clientLoaded()).toBe(false);
    await sqlite.close();

    const eventStoreDb = await createEventStore(
      configFromEnv({ EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://127.0.0.1:1?tls=false' }),
    );
    expect(clientLoaded()).toBe(true);
    await eventStoreDb.close();
  });
});
