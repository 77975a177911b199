import {
  AllStreamResolvedEvent,
  BACKWARDS,
  END,
  EventStoreDBClient,
  ReadPosition,
  StreamNotFoundError,
  streamNameFilter,
} from '@eventstore/db-client';
import { DomainEvent, NewEvent, Recorded } from '../event-envelope';
import { DuplicateEventId } from '../event-store.errors';
import {
  AppendResult,
  DropHandler,
  EventStore,
  ExpectedRevision,
  ReadAllBackwardsOptions,
  ReadAllOptions,
  Subscription,
  SubscriptionHandler,
} from '../event-store.port';
import {
  APP_STREAM_PREFIXES,
  isAppStream,
  sameContent,
  toClientExpectedRevision,
  toClientPosition,
  toEventData,
  toRecorded,
  translateAppendError,
} from './eventstoredb-mapping';
import { EventStoreDbSubscription } from './eventstoredb-subscription';

export type EventStoreDbClient = Pick<
  EventStoreDBClient,
  'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'
>;

const MAX_PAGE = 1000;
const HEAD_PAGE = 256;
/** Records read at a time by readPositions: a round trip costs more than the records read past a gap. */
const POSITIONS_PAGE = 64;

/**
 * The store port on EventStoreDB (gRPC). Streams, revisions and event ids map one to one; the global log is
 * `$all` restricted to this application's stream prefixes, addressed by commit position.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly subscriptions = new Set<EventStoreDbSubscription>();

  constructor(
    private readonly client: EventStoreDbClient,
    private readonly prefixes: readonly string[] = APP_STREAM_PREFIXES,
  ) {}

  /**
   * Event ids pass through, so a retried append is deduplicated by the server. The appended range is read
   * back: it yields the positions, and tells a true retry (same content) from an id reused for other content.
   */
  async appendToStream<E extends DomainEvent>(
    streamName: string,
    events: NewEvent<E>[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('Nothing to append');
    const expected = toClientExpectedRevision(expectedRevision);
    const result = await this.client
      .appendToStream(streamName, events.map(toEventData), { expectedRevision: expected })
      .catch((error: unknown) => {
        throw translateAppendError(error, streamName, expectedRevision);
      });
    const lastRevision = Number(result.nextExpectedRevision);
    const recorded = await this.readRange(streamName, lastRevision - events.length + 1, events.length);
    const reused = events.find((event, index) => !recorded[index] || !sameContent(event, recorded[index]));
    if (reused) throw new DuplicateEventId(reused.eventId);
    return { nextRevision: lastRevision, lastPosition: recorded[recorded.length - 1].position, events: recorded };
  }

  async readStream(streamName: string, fromRevision = 0, maxCount = Number.MAX_SAFE_INTEGER): Promise<Recorded[]> {
    return this.readRange(streamName, fromRevision, maxCount);
  }

  /** `$all` reads include the event at the start position and system events; both are skipped here. */
  async readAll({ fromPosition, maxCount }: ReadAllOptions): Promise<Recorded[]> {
    const found: Recorded[] = [];
    const pageSize = Math.min(Math.max(maxCount, 1), MAX_PAGE) + 1;
    let cursor = fromPosition;
    for (;;) {
      const page = await collect(this.client.readAll({ fromPosition: toClientPosition(cursor), maxCount: pageSize }));
      let last = cursor;
      for (const resolved of page) {
        const position = resolved.event ? Number(resolved.event.position.commit) : last;
        if (position <= cursor) continue;
        last = position;
        if (!this.isOurs(resolved)) continue;
        found.push(toRecorded(resolved));
        if (found.length >= maxCount) return found;
      }
      if (page.length < pageSize || last === cursor) return found;
      cursor = last;
    }
  }

  /**
   * A backwards `$all` read from a position returns only events before it (the server takes it as the end of a
   * record); the bound is still checked here, and system and foreign events are skipped.
   */
  async readAllBackwards({ beforePosition, maxCount }: ReadAllBackwardsOptions): Promise<Recorded[]> {
    const found: Recorded[] = [];
    if (maxCount <= 0 || (beforePosition !== undefined && beforePosition <= 0)) return found;
    const pageSize = Math.min(maxCount, MAX_PAGE);
    let before = beforePosition === undefined ? undefined : BigInt(beforePosition);
    let from: ReadPosition = beforePosition === undefined ? END : toClientPosition(beforePosition);
    for (;;) {
      const page = await collect(this.client.readAll({ direction: BACKWARDS, fromPosition: from, maxCount: pageSize }));
      for (const resolved of page) {
        const commit = resolved.event?.position.commit;
        if (commit === undefined || (before !== undefined && commit >= before) || !this.isOurs(resolved)) continue;
        found.push(toRecorded(resolved));
        if (found.length >= maxCount) return found;
      }
      const oldest = page[page.length - 1]?.event?.position;
      if (page.length < pageSize || !oldest || (before !== undefined && oldest.commit >= before)) return found;
      before = oldest.commit;
      from = oldest;
    }
  }

  /**
   * `$all` read forwards from an event's own position starts with that event. One read from the first position
   * still wanted takes in every wanted position it passes, so positions close together (a quarter's events mostly
   * are) share a round trip; one far from the rest costs its own.
   */
  async readPositions(positions: readonly number[]): Promise<Recorded[]> {
    const wanted = [...new Set(positions)].filter((position) => position > 0).sort((a, b) => a - b);
    const found: Recorded[] = [];
    let next = 0;
    while (next < wanted.length) {
      const start = next;
      const page = await collect(this.client.readAll({ fromPosition: toClientPosition(wanted[start]), maxCount: POSITIONS_PAGE }));
      for (const resolved of page) {
        if (!resolved.event) continue;
        const position = Number(resolved.event.position.commit);
        while (next < wanted.length && wanted[next] < position) next++;
        if (wanted[next] !== position) continue;
        if (this.isOurs(resolved)) found.push(toRecorded(resolved));
        next++;
      }
      if (page.length < POSITIONS_PAGE) break;
      if (next === start) next++;
    }
    return found;
  }

  async headPosition(): Promise<number> {
    let from: ReadPosition = END;
    for (;;) {
      const read = this.client.readAll({ direction: BACKWARDS, fromPosition: from, maxCount: HEAD_PAGE });
      const page: AllStreamResolvedEvent[] = await collect(read);
      const newest = page.find((resolved) => this.isOurs(resolved));
      if (newest) return toRecorded(newest).position;
      const oldest = page[page.length - 1]?.event;
      if (page.length < HEAD_PAGE || !oldest) return 0;
      from = oldest.position;
    }
  }

  subscribeToAll(fromPosition: number, handler: SubscriptionHandler, onDropped?: DropHandler): Subscription {
    const source = this.client.subscribeToAll({
      fromPosition: toClientPosition(fromPosition),
      filter: streamNameFilter({ prefixes: [...this.prefixes] }),
    });
    const subscription: EventStoreDbSubscription = new EventStoreDbSubscription(source, fromPosition, handler, {
      headAtStart: this.headPosition(),
      prefixes: this.prefixes,
      onDropped,
      onEnded: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  private async readRange(streamName: string, fromRevision: number, maxCount: number): Promise<Recorded[]> {
    try {
      const read = this.client.readStream(streamName, { fromRevision: BigInt(fromRevision), maxCount });
      return (await collect(read)).map(toRecorded);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  private isOurs(resolved: AllStreamResolvedEvent): boolean {
    const event = resolved.event;
    return !!event && !event.type.startsWith('$') && isAppStream(event.streamId, this.prefixes);
  }
}

async function collect<T>(read: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of read) items.push(item);
  return items;
}
