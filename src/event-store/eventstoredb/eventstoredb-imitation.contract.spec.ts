import { describeEventStoreContract } from '../event-store.contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { InMemoryEventStoreDb } from './testing/in-memory-eventstoredb';

describeEventStoreContract(
  'EventStoreDbEventStore on an in-memory imitation of the server',
  () => new EventStoreDbEventStore(new InMemoryEventStoreDb().asClient()),
);
