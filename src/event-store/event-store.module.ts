import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EVENT_STORE, EventStore } from './event-store.port';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

/** Loaded only when EventStoreDB is the configured store: its gRPC client takes about 14 MB of a server's memory. */
const eventStoreDbConnection = () => import('./eventstoredb/eventstoredb-connection');

export async function createEventStore(config: AppConfig): Promise<EventStore> {
  switch (config.eventStore) {
    case 'sqlite':
      mkdirSync(dirname(config.sqlitePath), { recursive: true });
      return new SqliteEventStore({ path: config.sqlitePath, synchronous: config.sqliteSynchronous });
    case 'eventstoredb':
      return (await eventStoreDbConnection()).connectEventStoreDb(config.eventStoreConnectionString);
    default: {
      const unknownKind: never = config.eventStore;
      throw new Error(`Unknown event store ${String(unknownKind)}`);
    }
  }
}

/** Opens the configured store and, for a server, proves it answers, so a wrong setting fails at start. */
export async function openEventStore(config: AppConfig): Promise<EventStore> {
  if (config.eventStore !== 'eventstoredb') return createEventStore(config);
  const { assertReachable, connectEventStoreDb } = await eventStoreDbConnection();
  const store = connectEventStoreDb(config.eventStoreConnectionString);
  try {
    await assertReachable(store, config.eventStoreConnectionString ?? '');
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}

@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static forRoot(): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [{ provide: EVENT_STORE, inject: [APP_CONFIG], useFactory: openEventStore }],
      exports: [EVENT_STORE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
