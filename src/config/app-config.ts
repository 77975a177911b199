import { resolve } from 'node:path';
import { AuthSettings, authSettingsFromEnv } from '../auth/auth-settings';
import { SqliteSynchronous } from '../event-store/sqlite/sqlite-event-store';

export const APP_CONFIG = Symbol('APP_CONFIG');

export type EventStoreKind = 'sqlite' | 'eventstoredb';

export type AppConfig = {
  port: number;
  host: string;
  eventStore: EventStoreKind;
  sqlitePath: string;
  sqliteSynchronous: SqliteSynchronous;
  eventStoreConnectionString?: string;
  seedDemo: boolean;
  /** Missing settings take the defaults of DEFAULT_AUTH_SETTINGS. */
  auth?: Partial<AuthSettings>;
};

const SYNCHRONOUS_MODES: SqliteSynchronous[] = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

export class InvalidConfiguration extends Error {}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidConfiguration(`PORT must be a port number, got "${env.PORT}"`);
  const eventStore = (env.EVENT_STORE ?? 'sqlite') as EventStoreKind;
  if (eventStore !== 'sqlite' && eventStore !== 'eventstoredb') {
    throw new InvalidConfiguration(`EVENT_STORE must be "sqlite" or "eventstoredb", got "${env.EVENT_STORE}"`);
  }
  const sqliteSynchronous = (env.SQLITE_SYNCHRONOUS ?? 'FULL').toUpperCase() as SqliteSynchronous;
  if (!SYNCHRONOUS_MODES.includes(sqliteSynchronous)) {
    throw new InvalidConfiguration(`SQLITE_SYNCHRONOUS must be one of ${SYNCHRONOUS_MODES.join(', ')}`);
  }
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    eventStore,
    sqlitePath: resolve(env.SQLITE_PATH ?? './data/tracker.db'),
    sqliteSynchronous,
    eventStoreConnectionString: env.EVENTSTORE_CONNECTION_STRING,
    seedDemo: env.SEED_DEMO !== 'false',
    auth: authSettingsFromEnv(env),
  };
}
