import { Recorded } from '../event-store/event-envelope';
import { CountrySnapshots, SNAPSHOT_EVERY_EVENTS } from './country-snapshots';
import { CountryStreamCache, EMPTY_STREAM, ENTRIES_CACHED } from './country-stream-cache';
import { isCountryStream } from './country-stream';
import { CountryEvent } from './domain/country.events';

/**
 * Folds every country stream as the whole log goes by (a rebuild reads it anyway), so that the first command for a
 * country after the rebuild starts from a snapshot instead of reading the country's whole history. The folds share
 * the command side's memory budget: a stream whose fold had to be forgotten gets no snapshot, as it cannot be
 * folded on from the middle.
 */
export class CountrySnapshotMaker {
  private readonly folds: CountryStreamCache;
  private readonly lastEvents = new Map<string, Recorded>();
  private readonly forgotten = new Set<string>();
  private position = 0;

  constructor(budget = ENTRIES_CACHED) {
    this.folds = new CountryStreamCache(budget);
  }

  /**
   * Batches must come in log order and cover the log from its start: each stream is folded from its first event.
   * Events it has seen already (a subscription resumed from an earlier checkpoint) are skipped.
   */
  apply(batch: readonly Recorded[]): void {
    const byStream = new Map<string, Recorded<CountryEvent>[]>();
    for (const event of batch) {
      if (event.position <= this.position) continue;
      this.position = event.position;
      if (!isCountryStream(event.streamName)) continue;
      const events = byStream.get(event.streamName) ?? [];
      if (events.length === 0) byStream.set(event.streamName, events);
      events.push(event as Recorded<CountryEvent>);
    }
    for (const [streamName, events] of byStream) {
      if (this.forgotten.has(streamName)) continue;
      const folded = this.folds.get(streamName) ?? (this.lastEvents.has(streamName) ? undefined : EMPTY_STREAM);
      if (!folded) {
        this.forgotten.add(streamName);
        this.lastEvents.delete(streamName);
        continue;
      }
      this.folds.advance(streamName, folded, events);
      this.lastEvents.set(streamName, events[events.length - 1]);
    }
  }

  /** Saves the streams long enough for a snapshot to spare a read; returns how many were saved. */
  saveTo(snapshots: CountrySnapshots): number {
    let saved = 0;
    for (const [streamName, last] of this.lastEvents) {
      const folded = this.folds.get(streamName);
      if (last.revision + 1 < SNAPSHOT_EVERY_EVENTS || folded?.state.revision !== last.revision) continue;
      snapshots.save(streamName, { end: { revision: last.revision, eventId: last.eventId, position: last.position }, folded });
      saved++;
    }
    return saved;
  }
}
