import { describeEventStoreContract } from '../event-store.contract';
import { connectEventStoreDb } from './eventstoredb-connection';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

describeEventStoreContract(
  'EventStoreDbEventStore on a real EventStoreDB',
  () => connectEventStoreDb(connectionString),
  {
    skipBecause: connectionString
      ? undefined
      : 'EVENTSTORE_CONNECTION_STRING is not set. Start a server (`docker compose up -d eventstoredb`) and run ' +
        'EVENTSTORE_CONNECTION_STRING="esdb://localhost:2113?tls=false" npx jest eventstoredb-event-store.contract',
  },
);
