/**
 * A projection is a pure fold kept as many small documents: each event names the documents it touches
 * (`documentsOf`) and each of those is folded on its own. A document folded to `null` is removed.
 */
export type Projection<State, Event> = {
  readonly name: string;
  /** Bump when the fold changes: the runner then rebuilds this projection from the start of the log. */
  readonly version: number;
  documentsOf(event: Event): string[];
  /**
   * True when none of the event's documents can exist before it (an entry keyed by the event's own id), so the
   * runner need not look them up. Only a saving: without it the runner looks every document up.
   */
  createsDocuments?(event: Event): boolean;
  initialState(documentKey: string): State | null;
  evolve(state: State | null, event: Event, documentKey: string): State | null;
};

/** Folds events into documents in memory, e.g. to see a read model as it stood at an earlier time. */
export function foldDocuments<State, Event>(
  projection: Projection<State, Event>,
  events: Iterable<Event>,
  documents = new Map<string, State>(),
): Map<string, State> {
  for (const event of events) {
    for (const key of projection.documentsOf(event)) {
      const current = documents.has(key) ? documents.get(key)! : projection.initialState(key);
      const next = projection.evolve(current, event, key);
      if (next === null) documents.delete(key);
      else documents.set(key, next);
    }
  }
  return documents;
}
