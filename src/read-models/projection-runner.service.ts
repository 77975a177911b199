import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Recorded } from '../event-store/event-envelope';
import { EVENT_STORE, EventStore, Subscription } from '../event-store/event-store.port';
import { ProjectionBarrier } from '../shared/command/projection-barrier';
import { CatchUpTarget } from './catch-up-target';
import { DocumentChanges, FLUSH_EVERY_EVENTS, FlushScope, ProjectionEngine } from './projection-engine';
import { rebuildIfFromAnotherLog } from './read-model-origin';
import { ReadModelStore } from './read-model.store';
import { ResubscribeBackoff, SubscriptionStatus, SubscriptionTracker } from './subscription-status';

export const PROJECTION_ENGINE = Symbol('PROJECTION_ENGINE');

const READ_YOUR_WRITES_TIMEOUT_MS = 10_000;
/** Lag is counted by reading the pending events; past this many it is reported as "at least". */
const LAG_COUNT_LIMIT = 10_000;
/**
 * A start at least this far behind the log (a projection's new version, read models of another log) listens
 * first and catches up meanwhile: a million events take about half a minute.
 */
export const CATCH_UP_WHILE_SERVING_EVENTS = LAG_COUNT_LIMIT;

type Waiter = { position: number; resolve: () => void };
/** `rebuilt`: every document was replaced, so anything derived from the old ones is stale. */
type ChangeListener = (changes: DocumentChanges, rebuilt: boolean) => void;

export type ProjectionLag = { events: number; eventsCapped: boolean; seconds: number };

/**
 * Something else that wants the whole log once, when the runner happens to read it from the start (a first start,
 * a projection's new version, a rebuild): given every batch the runner projects, then told the log is caught up.
 * Only a saving: if it throws, it is dropped and the projections go on.
 */
export type FullReplay = { apply(batch: readonly Recorded[]): void; caughtUp(): void };

/**
 * Feeds the persisted projections from the store's global log: catch-up from the checkpoint, then live.
 * A subscription that drops is logged and replaced, from the last checkpoint, after a growing delay.
 */
@Injectable()
export class ProjectionRunner implements ProjectionBarrier, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ProjectionRunner.name);
  private readonly tracker = new SubscriptionTracker();
  private subscription: Subscription | undefined;
  private waiters: Waiter[] = [];
  private readonly changeListeners = new Set<ChangeListener>();
  private readonly replayStarters = new Set<() => FullReplay>();
  private replays: FullReplay[] = [];
  private flushScheduled = false;
  private lastProgressAt = Date.now();
  private readonly target: CatchUpTarget;
  private catchUp: Promise<void> = Promise.resolve();
  private retryTimer: NodeJS.Timeout | undefined;
  private started = false;
  private stopped = false;
  backoff: ResubscribeBackoff = { initialMs: 500, maxMs: 30_000 };

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_ENGINE) private readonly engine: ProjectionEngine,
    @Inject(ReadModelStore) private readonly readModels: ReadModelStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.target = new CatchUpTarget((projection) => engine.positionOf(projection));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  /**
   * Fails when the first catch-up fails, so a broken store or projection stops the app at start. A long catch-up
   * goes on after the start instead: meanwhile incomplete read models answer ReadModelRebuilding (see `assertComplete`).
   */
  async start(): Promise<void> {
    const rebuilt = await rebuildIfFromAnotherLog(this.store, this.config.eventStore, this.readModels, this.engine);
    if (rebuilt) this.logger.warn(`Rebuilding all projections: ${rebuilt}`);
    const from = this.engine.prepare();
    this.lastProgressAt = Date.now();
    if ((await this.lag()).events >= CATCH_UP_WHILE_SERVING_EVENTS) {
      const head = await this.store.headPosition();
      this.target.begin(head);
      this.started = true;
      this.logger.warn(`Projections are at least ${CATCH_UP_WHILE_SERVING_EVENTS} events behind; catching up to position ${head} while serving`);
      this.catchUp = this.subscribeOrRetry(from, 'Projections caught up');
      return;
    }
    await this.subscribe(from);
    this.started = true;
    this.logger.log(`Projections caught up at position ${this.engine.lowestPosition()}`);
  }

  /** Settles once a catch-up that goes on while serving has reached the log's head, or has failed and waits to be retried. */
  caughtUp(): Promise<void> {
    return this.catchUp;
  }

  /** False while the projection is short of the head a long catch-up (or a rebuild) aims for. */
  isComplete(projection: string): boolean {
    return this.target.isComplete(projection);
  }

  /** Throws ReadModelRebuilding unless the projection `isComplete`. */
  assertComplete(projection: string): void {
    this.target.assertComplete(projection);
  }

  /** The position up to which the projection's documents are written. */
  positionOf(projection: string): number {
    return this.engine.positionOf(projection);
  }

  /** Where a long catch-up (or a rebuild) stands, while one goes on. */
  catchUpProgress(): { position: number; target: number } | undefined {
    return this.target.progress(this.position());
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.tracker.stopped();
    await this.subscription?.close();
    this.flush();
    this.waiters.forEach((waiter) => waiter.resolve());
    this.waiters = [];
  }

  /** Clears every read model and folds the whole log again while the service keeps running. */
  async rebuild(): Promise<number> {
    const previous = this.subscription;
    this.subscription = undefined;
    clearTimeout(this.retryTimer);
    await previous?.close();
    this.target.begin(await this.store.headPosition());
    this.engine.rebuildAll();
    this.changeListeners.forEach((listener) => listener(new Map(), true));
    this.lastProgressAt = Date.now();
    await this.subscribe(0);
    this.changeListeners.forEach((listener) => listener(new Map(), true));
    return this.position();
  }

  position(): number {
    return this.engine.lowestPosition();
  }

  /** Called after every write of the read models, before writers waiting for it are released. */
  onDocumentsChanged(listener: ChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** `start` is called at the beginning of every read of the log from its start. */
  onFullReplay(start: () => FullReplay): void {
    this.replayStarters.add(start);
  }

  status(): SubscriptionStatus {
    return this.tracker.status();
  }

  /** Pending events after the checkpoint, and how long the oldest of them has waited without progress. */
  async lag(): Promise<ProjectionLag> {
    const pending = await this.store.readAll({ fromPosition: this.position(), maxCount: LAG_COUNT_LIMIT });
    if (pending.length === 0) return { events: 0, eventsCapped: false, seconds: 0 };
    const recordedAt = Date.parse(pending[0].metadata.recordedAt);
    const waitingSince = Math.max(this.lastProgressAt, Number.isNaN(recordedAt) ? 0 : recordedAt);
    return {
      events: pending.length,
      eventsCapped: pending.length === LAG_COUNT_LIMIT,
      seconds: Math.max(0, (Date.now() - waitingSince) / 1000),
    };
  }

  /** Resolves at once during a long catch-up: a writer is not kept waiting for the whole log to be read. */
  waitUntilProjected(position: number): Promise<void> {
    if (this.position() >= position || this.target.active) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter: Waiter = { position, resolve };
      const timer = setTimeout(() => {
        this.logger.warn(`Read models did not reach position ${position} within ${READ_YOUR_WRITES_TIMEOUT_MS} ms`);
        this.release(waiter);
      }, READ_YOUR_WRITES_TIMEOUT_MS);
      waiter.resolve = () => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push(waiter);
    });
  }

  private async subscribe(from: number): Promise<void> {
    this.tracker.catchingUp();
    if (from === 0) this.replays = [...this.replayStarters].map((start) => start());
    const subscription: Subscription = this.store.subscribeToAll(
      from,
      (batch) => this.project(batch),
      (error) => this.dropped(subscription, error),
    );
    this.subscription = subscription;
    await subscription.caughtUp;
    if (this.subscription !== subscription) return;
    this.flush();
    this.target.reached();
    this.tracker.live();
    this.withReplays((replay) => replay.caughtUp());
    this.replays = [];
  }

  private withReplays(work: (replay: FullReplay) => void): void {
    for (const replay of this.replays) {
      try {
        work(replay);
      } catch (error) {
        this.logger.warn(`A full replay of the log was dropped: ${error instanceof Error ? error.message : String(error)}`);
        this.replays = this.replays.filter((other) => other !== replay);
      }
    }
  }

  private dropped(subscription: Subscription, error: Error): void {
    if (this.stopped || this.subscription !== subscription) return;
    this.subscription = undefined;
    void subscription.close().catch(() => undefined);
    if (this.started) this.retryLater(error);
  }

  private retryLater(error: Error): void {
    const delayMs = this.tracker.dropped(error, this.backoff);
    this.logger.error(
      `Projection subscription dropped at position ${this.position()}: ${error.message}. ` +
        `Resubscribing from the checkpoint in ${delayMs} ms (attempt ${this.tracker.status().attempt})`,
    );
    this.retryTimer = setTimeout(() => void this.resubscribe(), delayMs);
    this.retryTimer.unref();
  }

  private resubscribe(): Promise<void> {
    this.retryTimer = undefined;
    return this.subscribeOrRetry(this.engine.lowestPosition(), 'Projection subscription restored');
  }

  private async subscribeOrRetry(from: number, caughtUpMessage: string): Promise<void> {
    if (this.stopped) return;
    try {
      await this.subscribe(from);
      this.logger.log(`${caughtUpMessage}; caught up at position ${this.position()}`);
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      if (this.subscription) this.dropped(this.subscription, error);
      else if (!this.retryTimer && !this.stopped) this.retryLater(error);
    }
  }

  private project(batch: Recorded[]): void {
    try {
      this.engine.apply(batch);
    } catch (error) {
      this.failed(`Projecting events ${batch[0].position}-${batch.at(-1)!.position} failed`, error);
      throw error;
    }
    this.withReplays((replay) => replay.apply(batch));
    if (this.engine.pendingEventCount() >= FLUSH_EVERY_EVENTS) this.flush('due');
    if (this.tracker.status().state === 'live') this.scheduleFlush();
  }

  /**
   * A live append is written on the next tick; a catch-up's batches share a write every FLUSH_EVERY_EVENTS (see
   * LIGHT_PROJECTION_DOCUMENTS) and at its end.
   */
  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  private flush(scope: FlushScope = 'all'): void {
    let changes: DocumentChanges;
    try {
      changes = this.engine.flush(scope);
    } catch (error) {
      this.failed('Writing the read models failed', error);
      return;
    }
    if (changes.size === 0) return;
    this.lastProgressAt = Date.now();
    this.changeListeners.forEach((listener) => listener(changes, false));
    const reached = this.position();
    this.waiters.filter((waiter) => waiter.position <= reached).forEach((waiter) => this.release(waiter));
  }

  /** What was folded but not written is dropped, and the log is read again from the last checkpoint. */
  private failed(message: string, caught: unknown): void {
    const error = caught instanceof Error ? caught : new Error(String(caught));
    this.logger.error(message, error);
    this.engine.discardPending();
    if (this.subscription) this.dropped(this.subscription, error);
  }

  private release(waiter: Waiter): void {
    this.waiters = this.waiters.filter((other) => other !== waiter);
    waiter.resolve();
  }
}
