import { setImmediate as nextTurn } from 'node:timers/promises';
import { Recorded } from './event-envelope';
import { ReadAllOptions, Subscription, SubscriptionHandler } from './event-store.port';

/** Events read from the log per pull. */
export const FOLLOWER_BATCH_SIZE = 5000;

type LogReader = { readAll(options: ReadAllOptions): Promise<Recorded[]> };

/**
 * Pulls the global log from a position and hands batches to a handler, one at a time and in order.
 * A notification (an append in this process) or the poll timer (appends by other processes)
 * triggers a pull; pulls never overlap.
 */
export class LogFollower implements Subscription {
  readonly caughtUp: Promise<void>;
  private resolveCaughtUp!: () => void;
  private rejectCaughtUp!: (error: unknown) => void;
  private pulling: Promise<void> | undefined;
  private pullAgain = false;
  private closed = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly reader: LogReader,
    private position: number,
    private readonly handler: SubscriptionHandler,
    private readonly pollIntervalMs: number,
    private readonly onClose: () => void,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    this.caughtUp = new Promise((resolve, reject) => {
      this.resolveCaughtUp = resolve;
      this.rejectCaughtUp = reject;
    });
    this.caughtUp.catch(() => undefined);
  }

  start(): void {
    this.pull().then(this.resolveCaughtUp, this.rejectCaughtUp);
    this.timer = setInterval(() => this.notify(), this.pollIntervalMs);
    this.timer.unref();
  }

  notify(): void {
    this.pull().catch(this.onError);
  }

  private pull(): Promise<void> {
    if (this.pulling) {
      this.pullAgain = true;
      return this.pulling;
    }
    this.pulling = this.drain().finally(() => (this.pulling = undefined));
    return this.pulling;
  }

  private async drain(): Promise<void> {
    do {
      this.pullAgain = false;
      for (;;) {
        if (this.closed) return;
        const batch = await this.reader.readAll({ fromPosition: this.position, maxCount: FOLLOWER_BATCH_SIZE });
        if (batch.length === 0) break;
        await this.handler(batch);
        this.position = batch[batch.length - 1].position;
        // A long catch-up must not hold the event loop: requests are served between its batches.
        if (batch.length === FOLLOWER_BATCH_SIZE) await nextTurn();
      }
    } while (this.pullAgain);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.pulling?.catch(() => undefined);
    this.onClose();
  }
}
