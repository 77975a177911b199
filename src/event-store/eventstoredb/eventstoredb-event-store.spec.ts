import { START, WrongExpectedVersionError } from '@eventstore/db-client';
import { AppConfig } from '../../config/app-config';
import { WrongExpectedRevision } from '../event-store.errors';
import { openEventStore } from '../event-store.module';
import { connectEventStoreDb, describeConnection, InvalidEventStoreConnection } from './eventstoredb-connection';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { toClientPosition, toEventData, toRecorded, translateAppendError } from './eventstoredb-mapping';
import { InMemoryEventStoreDb } from './testing/in-memory-eventstoredb';

const metadata = {
  actor: 'officer@example.org',
  commandId: 'c-1',
  correlationId: 'r-1',
  causationId: 'k-1',
  recordedAt: '2024-12-03T10:00:00.000Z',
};

function config(eventStoreConnectionString: string | undefined): AppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    eventStore: 'eventstoredb',
    sqlitePath: '/nonexistent/unused.db',
    sqliteSynchronous: 'NORMAL',
    eventStoreConnectionString,
    seedDemo: false,
  };
}

describe('EventStoreDB configuration', () => {
  it('asks for a connection string when none is set', () => {
    expect(() => connectEventStoreDb(undefined)).toThrow(
      'EVENT_STORE=eventstoredb needs EVENTSTORE_CONNECTION_STRING, e.g. esdb://localhost:2113?tls=false',
    );
  });

  it('rejects a malformed connection string, saying what was expected and hiding the password', () => {
    const attempt = () => connectEventStoreDb('http://admin:secret@localhost:2113');
    expect(attempt).toThrow(InvalidEventStoreConnection);
    expect(attempt).toThrow(/is not a valid EventStoreDB connection string .*esdb:\/\//);
    expect(attempt).not.toThrow(/secret/);
  });

  it('fails at start, naming the server, when nothing answers there', async () => {
    const opening = openEventStore(config('esdb://admin:secret@127.0.0.1:1?tls=false'));
    await expect(opening).rejects.toThrow(
      /EventStoreDB at "esdb:\/\/\*\*\*@127\.0\.0\.1:1\?tls=false" is not reachable: 14 UNAVAILABLE/,
    );
    await expect(opening).rejects.not.toThrow(/secret/);
  });

  it('redacts credentials in descriptions of the connection', () => {
    expect(describeConnection('esdb://admin:changeit@node1:2113,node2:2113?tls=false')).toBe(
      'esdb://***@node1:2113,node2:2113?tls=false',
    );
    expect(describeConnection('esdb://localhost:2113?tls=false')).toBe('esdb://localhost:2113?tls=false');
  });
});

describe('EventStoreDB mapping', () => {
  it('passes the event id through and stores schemaVersion and server correlation ids in the metadata', () => {
    const eventId = '6f1c3c52-55d1-4c3b-9d7e-1a2b3c4d5e6f';
    const data = toEventData({ type: 'TrainingHeld', data: { n: 1 }, eventId, schemaVersion: 2, metadata });
    expect(data).toMatchObject({ id: eventId, type: 'TrainingHeld', contentType: 'application/json' });
    expect(data.metadata).toEqual({ ...metadata, schemaVersion: 2, $correlationId: 'r-1', $causationId: 'k-1' });
  });

  it('reads our metadata and schema version back without the server-only keys', () => {
    const recorded = toRecorded({
      event: {
        streamId: 'country-MLT',
        id: 'e-1',
        isJson: true,
        revision: 4n,
        type: 'TrainingHeld',
        created: new Date(0),
        data: { n: 1 },
        metadata: { ...metadata, schemaVersion: 2, $correlationId: 'r-1', $causationId: 'k-1' },
        position: { commit: 9_000_000_123n, prepare: 9_000_000_123n },
      },
    });
    expect(recorded).toEqual({
      eventId: 'e-1',
      type: 'TrainingHeld',
      data: { n: 1 },
      schemaVersion: 2,
      metadata,
      streamName: 'country-MLT',
      revision: 4,
      position: 9_000_000_123,
    });
  });

  it('addresses the log by commit position, with 0 meaning the start', () => {
    expect(toClientPosition(0)).toBe(START);
    expect(toClientPosition(4096)).toEqual({ commit: 4096n, prepare: 4096n });
  });

  it('turns the server conflict into our WrongExpectedRevision, with -1 for a missing stream', () => {
    const onExisting = translateAppendError(
      new WrongExpectedVersionError(undefined, { streamName: 'country-MLT', expected: 2n, current: 5n }),
      'country-MLT',
      2,
    );
    expect(onExisting).toEqual(new WrongExpectedRevision('country-MLT', 2, 5));
    expect(onExisting).toMatchObject({ actual: 5 });
    const onMissing = translateAppendError(
      new WrongExpectedVersionError(undefined, { streamName: 'country-MLT', expected: 0n, current: 'no_stream' }),
      'country-MLT',
      0,
    );
    expect(onMissing).toMatchObject({ actual: -1, expected: 0 });
    const other = new Error('UNAVAILABLE');
    expect(translateAppendError(other, 'country-MLT', 0)).toBe(other);
  });
});

describe('EventStoreDbEventStore paging through $all', () => {
  it('reads past pages full of system events and beyond the page size', async () => {
    const store = new EventStoreDbEventStore(new InMemoryEventStoreDb(1).asClient());
    const event = (n: number) => {
      const eventId = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
      return { type: 'E', data: { n }, eventId, schemaVersion: 1, metadata };
    };
    for (let n = 0; n < 1205; n++) await store.appendToStream(`country-P${n % 7}`, [event(n)], 'any');
    const all = await store.readAll({ fromPosition: 0, maxCount: 5000 });
    expect(all.map((recorded) => recorded.data)).toEqual(Array.from({ length: 1205 }, (_, n) => ({ n })));
    const tail = await store.readAll({ fromPosition: all[1199].position, maxCount: 3 });
    expect(tail.map((recorded) => recorded.data)).toEqual([{ n: 1200 }, { n: 1201 }, { n: 1202 }]);
    expect(await store.headPosition()).toBe(all[1204].position);
    await store.close();
  });
});

describe('EventStoreDbEventStore reading events by position', () => {
  const event = (n: number) => ({ type: 'E', data: { n }, eventId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, schemaVersion: 1, metadata });

  it('reads positions close together in shared $all reads, and each far one in a read of its own', async () => {
    const server = new InMemoryEventStoreDb(3);
    const store = new EventStoreDbEventStore(server.asClient());
    for (let n = 0; n < 600; n++) await store.appendToStream(`country-P${n % 7}`, [event(n)], 'any');
    const all = await store.readAll({ fromPosition: 0, maxCount: 1000 });
    const close = all.slice(100, 140).filter((_, index) => index % 2 === 0);
    const far = [all[300], all[450], all[599]];
    const reads = jest.spyOn(server, 'readAll');
    const found = await store.readPositions([...far, ...close].map((recorded) => recorded.position));
    expect(found).toEqual([...close, ...far]);
    expect(reads).toHaveBeenCalledTimes(1 + far.length);
    reads.mockRestore();
    await store.close();
  });

  it('leaves out positions that are past the end or not of this application', async () => {
    const server = new InMemoryEventStoreDb(1);
    const store = new EventStoreDbEventStore(server.asClient());
    for (let n = 0; n < 3; n++) await store.appendToStream(`country-P${n}`, [event(n)], 'any');
    const ours = await store.readAll({ fromPosition: 0, maxCount: 10 });
    const systemEventAfterFirst = ours[0].position + 1;
    const found = await store.readPositions([ours[2].position + 10_000, ours[1].position, systemEventAfterFirst, ours[0].position]);
    expect(found).toEqual([ours[0], ours[1]]);
    await store.close();
  });
});
