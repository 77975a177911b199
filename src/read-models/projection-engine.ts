import { Projection } from '../../projections/projection';
import { Recorded } from '../event-store/event-envelope';
import { ReadModelStore } from './read-model.store';

export type AnyProjection = Projection<unknown, Recorded>;

/**
 * Applies batches of the global log to persisted projections. Documents and checkpoints are written in
 * one transaction, so a restart resumes exactly where the last committed batch ended.
 */
export class ProjectionEngine {
  private readonly positions = new Map<string, number>();

  constructor(
    private readonly store: ReadModelStore,
    private readonly projections: AnyProjection[],
  ) {}

  /** Resets projections whose version changed; returns the position to read the log from. */
  prepare(): number {
    const saved = this.store.checkpoints();
    this.store.transaction(() => {
      for (const projection of this.projections) {
        const checkpoint = saved.get(projection.name);
        if (checkpoint && checkpoint.version === projection.version) {
          this.positions.set(projection.name, checkpoint.position);
        } else {
          this.reset(projection);
        }
      }
    });
    return this.lowestPosition();
  }

  rebuildAll(): void {
    this.store.transaction(() => this.projections.forEach((projection) => this.reset(projection)));
  }

  apply(batch: Recorded[]): void {
    if (batch.length === 0) return;
    const advanced = this.store.transaction(() => this.projections.map((projection) => this.applyTo(projection, batch)));
    advanced.forEach(([name, position]) => this.positions.set(name, position));
  }

  lowestPosition(): number {
    return Math.min(...this.projections.map((projection) => this.positions.get(projection.name) ?? 0));
  }

  private applyTo(projection: AnyProjection, batch: Recorded[]): [string, number] {
    const from = this.positions.get(projection.name) ?? 0;
    const documents = new Map<string, unknown>();
    for (const event of batch) {
      if (event.position <= from) continue;
      for (const key of projection.documentsOf(event)) {
        const current = documents.has(key)
          ? documents.get(key)!
          : (this.store.get(projection.name, key) ?? projection.initialState(key));
        documents.set(key, projection.evolve(current, event, key));
      }
    }
    for (const [key, document] of documents) {
      if (document === null) this.store.delete(projection.name, key);
      else this.store.put(projection.name, key, document);
    }
    const position = Math.max(from, batch[batch.length - 1].position);
    this.store.saveCheckpoint({ projection: projection.name, version: projection.version, position });
    return [projection.name, position];
  }

  private reset(projection: AnyProjection): void {
    this.store.clear(projection.name);
    this.store.saveCheckpoint({ projection: projection.name, version: projection.version, position: 0 });
    this.positions.set(projection.name, 0);
  }
}
