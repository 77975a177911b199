import { EventStoreDBClient } from '@eventstore/db-client';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

const EXAMPLE = 'esdb://localhost:2113?tls=false';
const REACHABLE_WITHIN_MS = 10_000;

export class InvalidEventStoreConnection extends Error {}

/** The connection string without credentials, fit for logs and error messages. */
export function describeConnection(connectionString: string): string {
  return connectionString.trim().replace(/^([a-z+]+:\/\/)[^@/]*@/i, '$1***@');
}

/** Parses the connection string (the client connects lazily, on first use). */
export function connectEventStoreDb(connectionString: string | undefined): EventStoreDbEventStore {
  if (!connectionString?.trim()) {
    throw new InvalidEventStoreConnection(
      `EVENT_STORE=eventstoredb needs EVENTSTORE_CONNECTION_STRING, e.g. ${EXAMPLE}`,
    );
  }
  let client: EventStoreDBClient;
  try {
    client = EventStoreDBClient.connectionString(connectionString.trim());
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InvalidEventStoreConnection(
      `EVENTSTORE_CONNECTION_STRING "${describeConnection(connectionString)}" is not a valid EventStoreDB ` +
        `connection string (${reason}); expected e.g. ${EXAMPLE}`,
    );
  }
  return new EventStoreDbEventStore(client);
}

/** Fails with a message naming the server when it cannot be read from within the time limit. */
export async function assertReachable(
  store: EventStoreDbEventStore,
  connectionString: string,
  withinMs = REACHABLE_WITHIN_MS,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${withinMs} ms`)), withinMs);
  });
  try {
    await Promise.race([store.headPosition(), timeout]);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const reason = message.replace(/\s*Resolution note:.*$/, '');
    throw new InvalidEventStoreConnection(
      `EventStoreDB at "${describeConnection(connectionString)}" is not reachable: ${reason}. ` +
        'Is the server running, and does tls=false match its mode (insecure servers need tls=false)?',
    );
  } finally {
    clearTimeout(timer);
  }
}
