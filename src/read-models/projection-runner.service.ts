import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Recorded } from '../event-store/event-envelope';
import { EVENT_STORE, EventStore, Subscription } from '../event-store/event-store.port';
import { ProjectionBarrier } from '../shared/command/projection-barrier';
import { ProjectionEngine } from './projection-engine';

export const PROJECTION_ENGINE = Symbol('PROJECTION_ENGINE');

const READ_YOUR_WRITES_TIMEOUT_MS = 10_000;

type Waiter = { position: number; resolve: () => void };

/** Feeds the persisted projections from the store's global log: catch-up from the checkpoint, then live. */
@Injectable()
export class ProjectionRunner implements ProjectionBarrier, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ProjectionRunner.name);
  private subscription: Subscription | undefined;
  private waiters: Waiter[] = [];
  private lastEventAt: string | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_ENGINE) private readonly engine: ProjectionEngine,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  async start(): Promise<void> {
    const from = this.engine.prepare();
    this.subscription = this.store.subscribeToAll(from, (batch) => this.project(batch));
    await this.subscription.caughtUp;
    this.logger.log(`Projections caught up at position ${this.engine.lowestPosition()}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.close();
    this.waiters.forEach((waiter) => waiter.resolve());
    this.waiters = [];
  }

  position(): number {
    return this.engine.lowestPosition();
  }

  async lag(): Promise<{ events: number; seconds: number }> {
    const head = await this.store.headPosition();
    const events = Math.max(0, head - this.position());
    const seconds =
      events > 0 && this.lastEventAt ? Math.max(0, (Date.now() - Date.parse(this.lastEventAt)) / 1000) : 0;
    return { events, seconds };
  }

  waitUntilProjected(position: number): Promise<void> {
    if (this.position() >= position) return Promise.resolve();
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

  private project(batch: Recorded[]): void {
    try {
      this.engine.apply(batch);
    } catch (error) {
      this.logger.error(`Projecting events ${batch[0].position}-${batch.at(-1)!.position} failed`, error as Error);
      throw error;
    }
    this.lastEventAt = batch.at(-1)!.metadata.recordedAt;
    const reached = this.position();
    this.waiters.filter((waiter) => waiter.position <= reached).forEach((waiter) => this.release(waiter));
  }

  private release(waiter: Waiter): void {
    this.waiters = this.waiters.filter((other) => other !== waiter);
    waiter.resolve();
  }
}
