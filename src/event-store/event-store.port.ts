import { DomainEvent, NewEvent, Recorded } from './event-envelope';

export const EVENT_STORE = Symbol('EVENT_STORE');

/** A stream revision is 0-based; `no-stream` means the stream must not exist yet. */
export type ExpectedRevision = number | 'no-stream' | 'any';

export type AppendResult = {
  nextRevision: number;
  lastPosition: number;
  events: Recorded[];
};

export type ReadAllOptions = { fromPosition: number; maxCount: number };

export type ReadAllBackwardsOptions = { beforePosition?: number; maxCount: number };

export type SubscriptionHandler = (events: Recorded[]) => Promise<void> | void;

/** Told once when a subscription ends without `close()`: the connection dropped or the handler failed. */
export type DropHandler = (error: Error) => void;

export interface Subscription {
  /** Resolves once the subscriber has caught up with the log as it stood when subscribing. */
  readonly caughtUp: Promise<void>;
  close(): Promise<void>;
}

export interface EventStore {
  appendToStream<E extends DomainEvent>(
    streamName: string,
    events: NewEvent<E>[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult>;
  /**
   * The stream's events from `fromRevision` (inclusive, default 0), in revision order, at most `maxCount` of them
   * (default all); [] when it does not exist.
   */
  readStream(streamName: string, fromRevision?: number, maxCount?: number): Promise<Recorded[]>;
  /** Events with a global position strictly greater than `fromPosition`, in log order. */
  readAll(options: ReadAllOptions): Promise<Recorded[]>;
  /**
   * Events with a global position strictly less than `beforePosition` (default: the end of the log), newest first,
   * at most `maxCount` of them.
   */
  readAllBackwards(options: ReadAllBackwardsOptions): Promise<Recorded[]>;
  /** The events at these global positions, in log order; a position with no event of ours is left out. */
  readPositions(positions: readonly number[]): Promise<Recorded[]>;
  /** Catch up from `fromPosition` (exclusive), then receive live appends, in order, one batch at a time. */
  subscribeToAll(fromPosition: number, handler: SubscriptionHandler, onDropped?: DropHandler): Subscription;
  headPosition(): Promise<number>;
  close(): Promise<void>;
}
