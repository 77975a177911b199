import { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';
import { Recorded } from '../event-envelope';
import { DropHandler, Subscription, SubscriptionHandler } from '../event-store.port';
import { isAppStream, toRecorded } from './eventstoredb-mapping';

const MAX_BATCH = 500;
const HIGH_WATER = 2000;

export type SubscriptionSource = Pick<AllStreamSubscription, 'on' | 'pause' | 'resume' | 'unsubscribe'>;

export type EventStoreDbSubscriptionOptions = {
  /** Where the log ended when subscribing: reaching it counts as caught up (works with every server version). */
  headAtStart: Promise<number>;
  prefixes: readonly string[];
  onDropped?: DropHandler;
  onEnded: () => void;
};

/**
 * Adapts the server's catch-up subscription to the port: events reach the handler in batches, one batch at a
 * time, in log order and never twice. Any failure (connection, server, handler) ends the subscription and is
 * reported once through `onDropped`; the owner decides how to resubscribe.
 */
export class EventStoreDbSubscription implements Subscription {
  readonly caughtUp: Promise<void>;
  private resolveCaughtUp!: () => void;
  private rejectCaughtUp!: (error: Error) => void;
  private caughtUpAt: number | undefined;
  private readonly queue: Recorded[] = [];
  private received: number;
  private handled: number;
  private draining: Promise<void> | undefined;
  private paused = false;
  private ended = false;

  constructor(
    private readonly source: SubscriptionSource,
    fromPosition: number,
    private readonly handler: SubscriptionHandler,
    private readonly options: EventStoreDbSubscriptionOptions,
  ) {
    this.received = fromPosition;
    this.handled = fromPosition;
    this.caughtUp = new Promise((resolve, reject) => {
      this.resolveCaughtUp = resolve;
      this.rejectCaughtUp = reject;
    });
    this.caughtUp.catch(() => undefined);
    source.on('data', (resolved) => this.receive(resolved));
    source.on('error', (error) => this.drop(error));
    source.on('end', () => this.drop(new Error('EventStoreDB ended the subscription')));
    options.headAtStart.then(
      (head) => {
        this.caughtUpAt = head;
        this.checkCaughtUp();
      },
      (error: unknown) => this.drop(asError(error)),
    );
  }

  async close(): Promise<void> {
    if (!this.ended) {
      this.ended = true;
      await this.source.unsubscribe().catch(() => undefined);
      this.options.onEnded();
    }
    await this.draining;
    this.resolveCaughtUp();
  }

  private receive(resolved: AllStreamResolvedEvent): void {
    if (this.ended || !resolved.event || !isAppStream(resolved.event.streamId, this.options.prefixes)) return;
    let recorded: Recorded;
    try {
      recorded = toRecorded(resolved);
    } catch (error) {
      return this.drop(asError(error));
    }
    if (recorded.position <= this.received) return;
    this.received = recorded.position;
    this.queue.push(recorded);
    if (this.queue.length >= HIGH_WATER && !this.paused) {
      this.paused = true;
      this.source.pause();
    }
    this.drain();
  }

  private drain(): void {
    if (this.draining || this.ended) return;
    this.draining = this.handleQueued().finally(() => {
      this.draining = undefined;
      if (this.queue.length > 0) this.drain();
    });
  }

  private async handleQueued(): Promise<void> {
    while (this.queue.length > 0 && !this.ended) {
      const batch = this.queue.splice(0, MAX_BATCH);
      try {
        await this.handler(batch);
      } catch (error) {
        return this.drop(asError(error));
      }
      this.handled = batch[batch.length - 1].position;
      if (this.paused && this.queue.length < HIGH_WATER / 2) {
        this.paused = false;
        this.source.resume();
      }
      this.checkCaughtUp();
    }
  }

  private checkCaughtUp(): void {
    if (this.caughtUpAt !== undefined && this.handled >= this.caughtUpAt) this.resolveCaughtUp();
  }

  private drop(error: Error): void {
    if (this.ended) return;
    this.ended = true;
    this.queue.length = 0;
    this.rejectCaughtUp(error);
    this.options.onDropped?.(error);
    this.source.unsubscribe().catch(() => undefined);
    this.options.onEnded();
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
