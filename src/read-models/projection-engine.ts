import { Projection } from '../../projections/projection';
import { Recorded } from '../event-store/event-envelope';
import { ReadModelStore } from './read-model.store';

export type AnyProjection = Projection<unknown, Recorded>;

/** Projection name → keys of the documents a flush wrote or removed. */
export type DocumentChanges = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Folded documents wait in memory for a flush; a catch-up flushes at least this often (but see
 * LIGHT_PROJECTION_DOCUMENTS). It trades memory against time (every flush rewrites the key index pages it touches):
 * at a million events, 10k gives a peak RSS of about 265 MB and 20k about 300 MB for a sixth less time. The
 * checkpoint is written with the documents, so it never affects correctness.
 */
export const FLUSH_EVERY_EVENTS = 10_000;

/**
 * Documents each projection keeps in memory once flushed, the latest written, so that the next batch does not read
 * back and parse what it has just written: a country's status is touched by nearly every event of the country.
 */
export const FLUSHED_DOCUMENTS_KEPT = 512;

/**
 * A catch-up's periodic flush skips a projection with fewer documents waiting than this, until it has folded
 * LIGHT_FLUSH_EVERY_EVENTS: such a projection rewrites the same few documents at every flush (each country's status,
 * 11–15 KB at a million events, was written 100 times in a rebuild, which took 2.6–2.8 s).
 */
export const LIGHT_PROJECTION_DOCUMENTS = 2_000;
export const LIGHT_FLUSH_EVERY_EVENTS = 100_000;

/** `due`: only the projections a catch-up's periodic flush must write now (see LIGHT_PROJECTION_DOCUMENTS). */
export type FlushScope = 'all' | 'due';

type PendingProjection = { documents: Map<string, unknown>; position: number; events: number };

/**
 * Applies batches of the global log to persisted projections. Batches are folded in memory and written
 * by `flush()`: documents and checkpoints in one transaction, so a restart resumes exactly where the last
 * flush ended. During a catch-up many batches share one flush, so a document touched by thousands of
 * events is parsed and written once, not once per batch.
 */
export class ProjectionEngine {
  private readonly flushed = new Map<string, number>();
  private readonly pending = new Map<string, PendingProjection>();
  /** Projection name → documents as last written (null when removed), least recently written first. */
  private readonly written = new Map<string, Map<string, unknown>>();
  private pendingEvents = 0;

  constructor(
    private readonly store: ReadModelStore,
    private readonly projections: AnyProjection[],
  ) {}

  /** Resets projections whose version changed; returns the position to read the log from. */
  prepare(): number {
    this.discardPending();
    this.written.clear();
    const saved = this.store.checkpoints();
    this.store.transaction(() => {
      for (const projection of this.projections) {
        const checkpoint = saved.get(projection.name);
        if (checkpoint && checkpoint.version === projection.version) {
          this.flushed.set(projection.name, checkpoint.position);
        } else {
          this.reset(projection);
        }
      }
    });
    return this.lowestPosition();
  }

  rebuildAll(): void {
    this.discardPending();
    this.written.clear();
    this.store.transaction(() => this.projections.forEach((projection) => this.reset(projection)));
  }

  /** Folds a batch in memory; nothing is visible to readers before `flush()`. */
  apply(batch: Recorded[]): void {
    if (batch.length === 0) return;
    for (const projection of this.projections) this.applyTo(projection, batch);
    this.pendingEvents += batch.length;
  }

  pendingEventCount(): number {
    return this.pendingEvents;
  }

  flush(scope: FlushScope = 'all'): DocumentChanges {
    const changes = new Map<string, Set<string>>();
    this.pendingEvents = 0;
    const due = this.projections.filter((projection) => {
      const pending = this.pending.get(projection.name);
      return pending !== undefined && (scope === 'all' || isDue(pending));
    });
    if (due.length === 0) return changes;
    this.store.transaction(() => {
      for (const projection of due) {
        const pending = this.pending.get(projection.name)!;
        this.store.write(projection.name, pending.documents);
        this.store.saveCheckpoint({ projection: projection.name, version: projection.version, position: pending.position });
        changes.set(projection.name, new Set(pending.documents.keys()));
      }
    });
    for (const { name } of due) {
      const pending = this.pending.get(name)!;
      this.flushed.set(name, pending.position);
      this.keepWritten(name, pending.documents);
      this.pending.delete(name);
    }
    return changes;
  }

  /** Forgets what was folded since the last flush, e.g. after a failure; the log is read again from there. */
  discardPending(): void {
    this.pending.clear();
    this.pendingEvents = 0;
  }

  /** The position up to which the projection's documents are written. */
  positionOf(projection: string): number {
    return this.flushed.get(projection) ?? 0;
  }

  /** The position every projection has written: what readers can see. */
  lowestPosition(): number {
    return Math.min(...this.projections.map((projection) => this.flushed.get(projection.name) ?? 0));
  }

  private applyTo(projection: AnyProjection, batch: Recorded[]): void {
    const pending = this.pendingFor(projection.name);
    const { documents } = pending;
    for (const event of batch) {
      if (event.position <= pending.position) continue;
      const createsDocuments = projection.createsDocuments?.(event) ?? false;
      for (const key of projection.documentsOf(event)) {
        const current = documents.has(key)
          ? documents.get(key)!
          : ((createsDocuments ? undefined : this.lastWritten(projection.name, key)) ?? projection.initialState(key));
        documents.set(key, projection.evolve(current, event, key));
      }
      pending.position = event.position;
      pending.events++;
    }
  }

  private lastWritten(name: string, key: string): unknown {
    const kept = this.written.get(name)?.get(key);
    return kept !== undefined ? kept : this.store.get(name, key);
  }

  /**
   * A flush that wrote more documents of a projection than are kept is a catch-up creating documents (a timeline entry
   * per event) that the next batches hardly touch again: keeping its last few would cost more than it spares.
   */
  private keepWritten(name: string, documents: ReadonlyMap<string, unknown>): void {
    if (documents.size > FLUSHED_DOCUMENTS_KEPT) {
      this.written.delete(name);
      return;
    }
    const kept = this.written.get(name) ?? new Map<string, unknown>();
    for (const [key, document] of documents) {
      kept.delete(key);
      kept.set(key, document);
    }
    for (const key of kept.keys()) {
      if (kept.size <= FLUSHED_DOCUMENTS_KEPT) break;
      kept.delete(key);
    }
    this.written.set(name, kept);
  }

  private pendingFor(name: string): PendingProjection {
    let pending = this.pending.get(name);
    if (!pending) {
      pending = { documents: new Map(), position: this.flushed.get(name) ?? 0, events: 0 };
      this.pending.set(name, pending);
    }
    return pending;
  }

  private reset(projection: AnyProjection): void {
    this.store.clear(projection.name);
    this.store.saveCheckpoint({ projection: projection.name, version: projection.version, position: 0 });
    this.flushed.set(projection.name, 0);
  }
}

const isDue = (pending: PendingProjection) =>
  pending.documents.size >= LIGHT_PROJECTION_DOCUMENTS || pending.events >= LIGHT_FLUSH_EVERY_EVENTS;
