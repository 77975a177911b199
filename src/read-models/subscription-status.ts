export type SubscriptionState = 'starting' | 'catching-up' | 'live' | 'resubscribing' | 'stopped';

export type SubscriptionStatus = {
  state: SubscriptionState;
  /** Drops since the process started. */
  drops: number;
  /** Failed attempts since the subscription was last live; sets the next delay. */
  attempt: number;
  lastError?: string;
  lastDroppedAt?: string;
  nextAttemptAt?: string;
};

export type ResubscribeBackoff = { initialMs: number; maxMs: number };

/** The projection subscription's life, as shown by the health endpoint. */
export class SubscriptionTracker {
  private current: SubscriptionStatus = { state: 'starting', drops: 0, attempt: 0 };

  constructor(private readonly now: () => number = Date.now) {}

  status(): SubscriptionStatus {
    return { ...this.current };
  }

  catchingUp(): void {
    this.current = {
      ...this.current,
      state: this.current.attempt > 0 ? 'resubscribing' : 'catching-up',
      nextAttemptAt: undefined,
    };
  }

  live(): void {
    this.current = { ...this.current, state: 'live', attempt: 0, nextAttemptAt: undefined };
  }

  /** Records the drop; returns how long to wait before the next attempt (doubling, capped). */
  dropped(error: Error, backoff: ResubscribeBackoff): number {
    const attempt = this.current.attempt + 1;
    const delayMs = Math.min(backoff.maxMs, backoff.initialMs * 2 ** (attempt - 1));
    this.current = {
      state: 'resubscribing',
      drops: this.current.drops + 1,
      attempt,
      lastError: error.message,
      lastDroppedAt: new Date(this.now()).toISOString(),
      nextAttemptAt: new Date(this.now() + delayMs).toISOString(),
    };
    return delayMs;
  }

  stopped(): void {
    this.current = { ...this.current, state: 'stopped', nextAttemptAt: undefined };
  }
}
