import {
  AllStreamResolvedEvent,
  AppendExpectedRevision,
  AppendResult,
  EventData,
  JSONRecordedEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  StreamNotFoundError,
  SubscribeToAllOptions,
  WrongExpectedVersionError,
  jsonEvent,
} from '@eventstore/db-client';
import { PassThrough, Readable } from 'node:stream';
import { EventStoreDbClient } from '../eventstoredb-event-store';

type StoredRecord = JSONRecordedEvent & { position: Position };
type Live = { stream: PassThrough; prefixes: string[]; cursor: bigint };

/**
 * Imitates the server behaviour the adapter relies on, as documented and as read in the server source:
 * byte-offset positions with commit = prepare, system events interleaved in `$all`, `$all` reads inclusive of
 * their start going forwards and exclusive going backwards (the server takes a backwards start as a record's end),
 * exclusive subscription starts, id-based idempotency of retried appends, StreamNotFound on empty reads.
 * It lets the adapter run the store contract without a server; it is no substitute for the real one.
 */
export class InMemoryEventStoreDb {
  private readonly log: StoredRecord[] = [];
  private readonly streams = new Map<string, StoredRecord[]>();
  private readonly live = new Set<Live>();
  private nextPosition = 1024n;
  private appends = 0;

  constructor(private readonly systemEventEvery = 2) {
    this.write('$epoch-information', [jsonEvent({ type: '$epoch-information', data: {} })]);
  }

  asClient(): EventStoreDbClient {
    return this as unknown as EventStoreDbClient;
  }

  /** Ends every live subscription with an error, as a lost connection does. */
  dropSubscriptions(error = new Error('14 UNAVAILABLE: Connection dropped')): void {
    for (const subscriber of this.live) subscriber.stream.destroy(error);
    this.live.clear();
  }

  async appendToStream(
    streamName: string,
    events: EventData[],
    options: { expectedRevision?: AppendExpectedRevision } = {},
  ): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    const stream = this.streams.get(streamName) ?? [];
    const current = BigInt(stream.length - 1);
    const idempotent = this.alreadyAppended(stream, events, expected, current);
    if (idempotent) return { success: true, nextExpectedRevision: idempotent.revision, position: idempotent.position };
    const matches = expected === 'any' || (expected === 'no_stream' ? current === -1n : expected === current);
    if (!matches) {
      throw new WrongExpectedVersionError(undefined, {
        streamName,
        expected,
        current: current === -1n ? 'no_stream' : current,
      });
    }
    const written = this.write(streamName, events);
    if (++this.appends % this.systemEventEvery === 0) {
      this.write(`$stats-${this.appends}`, [jsonEvent({ type: '$statsCollected', data: {} })]);
    }
    this.live.forEach((subscriber) => this.pump(subscriber));
    const last = written[written.length - 1];
    return { success: true, nextExpectedRevision: last.revision, position: last.position };
  }

  readStream(streamName: string, options: ReadStreamOptions = {}): Readable {
    const stream = this.streams.get(streamName);
    const from = typeof options.fromRevision === 'bigint' ? Number(options.fromRevision) : 0;
    const count = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    return readable(async function* () {
      if (!stream) throw new StreamNotFoundError(undefined, streamName);
      yield* stream.slice(from, from + count).map((event) => ({ event }));
    });
  }

  readAll(options: ReadAllOptions = {}): Readable {
    const count = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const from = options.fromPosition;
    const backwards = options.direction === 'backwards';
    let events: StoredRecord[];
    if (backwards) {
      const before = from === undefined || from === 'end' ? this.nextPosition : from === 'start' ? 0n : from.commit;
      events = this.log.filter((event) => event.position.commit < before).reverse();
    } else {
      const since = from === undefined || from === 'start' || from === 'end' ? -1n : from.commit;
      events = this.log.filter((event) => event.position.commit >= since);
    }
    const page = events.slice(0, count).map(toAllResolved);
    return readable(async function* () {
      yield* page;
    });
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): PassThrough & { unsubscribe(): Promise<void> } {
    const stream = new PassThrough({ objectMode: true });
    const from = options.fromPosition;
    const cursor = from === undefined || from === 'start' ? 0n : from === 'end' ? this.nextPosition : from.commit;
    const filter = options.filter;
    const prefixes = filter && 'prefixes' in filter ? filter.prefixes : [''];
    const subscriber: Live = { stream, prefixes, cursor };
    this.live.add(subscriber);
    setImmediate(() => this.pump(subscriber));
    return Object.assign(stream, {
      unsubscribe: async () => {
        this.live.delete(subscriber);
        stream.end();
      },
    });
  }

  async dispose(): Promise<void> {
    this.dropSubscriptions(new Error('disposed'));
  }

  private pump(subscriber: Live): void {
    if (!this.live.has(subscriber)) return;
    for (const event of this.log) {
      if (event.position.commit <= subscriber.cursor) continue;
      subscriber.cursor = event.position.commit;
      const wanted = subscriber.prefixes.some((prefix) => event.streamId.startsWith(prefix));
      if (wanted) subscriber.stream.write(toAllResolved(event));
    }
  }

  /** The server's idempotency check: the same ids already written where this append expects to write. */
  private alreadyAppended(
    stream: StoredRecord[],
    events: EventData[],
    expected: AppendExpectedRevision,
    current: bigint,
  ): StoredRecord | undefined {
    const start =
      expected === 'any'
        ? stream.findIndex((event) => event.id === events[0].id)
        : expected === 'no_stream'
          ? 0
          : typeof expected === 'bigint' && expected < current
            ? Number(expected) + 1
            : -1;
    if (start < 0 || (expected === 'no_stream' && current === -1n)) return undefined;
    const range = stream.slice(start, start + events.length);
    const same = range.length === events.length && range.every((event, index) => event.id === events[index].id);
    return same ? range[range.length - 1] : undefined;
  }

  private write(streamName: string, events: EventData[]): StoredRecord[] {
    const stream = this.streams.get(streamName) ?? [];
    const written = events.map((event, index): StoredRecord => {
      const data = JSON.parse(JSON.stringify(event.data)) as Record<string, unknown>;
      const position = this.nextPosition;
      this.nextPosition += BigInt(128 + JSON.stringify(data).length);
      return {
        streamId: streamName,
        id: event.id,
        isJson: true,
        revision: BigInt(stream.length + index),
        type: event.type,
        created: new Date(),
        data,
        metadata: JSON.parse(JSON.stringify(event.metadata ?? {})) as Record<string, unknown>,
        position: { commit: position, prepare: position },
      };
    });
    stream.push(...written);
    this.streams.set(streamName, stream);
    this.log.push(...written);
    return written;
  }
}

function toAllResolved(event: StoredRecord): AllStreamResolvedEvent {
  return { event, commitPosition: event.position.commit };
}

function readable<T>(items: () => AsyncGenerator<T>): Readable {
  return Object.assign(Readable.from(items()), { cancel: async () => undefined });
}
