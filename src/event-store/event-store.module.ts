import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EVENT_STORE, EventStore } from './event-store.port';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

export function createEventStore(config: AppConfig): EventStore {
  switch (config.eventStore) {
    case 'sqlite':
      mkdirSync(dirname(config.sqlitePath), { recursive: true });
      return new SqliteEventStore({ path: config.sqlitePath, synchronous: config.sqliteSynchronous });
    case 'eventstoredb':
      throw new Error('EVENT_STORE=eventstoredb is not available yet');
    default: {
      const unknownKind: never = config.eventStore;
      throw new Error(`Unknown event store ${String(unknownKind)}`);
    }
  }
}

@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static forRoot(): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [{ provide: EVENT_STORE, inject: [APP_CONFIG], useFactory: createEventStore }],
      exports: [EVENT_STORE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
