import { Recorded } from '../event-store/event-envelope';
import { CountrySnapshots, SNAPSHOT_EVERY_EVENTS } from './country-snapshots';
import { CountryStreamCache, EMPTY_STREAM } from './country-stream-cache';
import { isCountryStream } from './country-stream';
import { CountryEvent } from './domain/country.events';

/**
 * Folds every country stream as the whole log goes by (a rebuild reads it anyway), so that the first command for a
 * country after the rebuild starts from a snapshot instead of reading the country's whole history.
 */
export class CountrySnapshotMaker {
  private readonly folds = new CountryStreamCache(Number.POSITIVE_INFINITY);
  private readonly lastEvents = new Map<string, Recorded>();

  /** Batches must come in log order and cover the log from its start: each stream is folded from its first event. */
  apply(batch: readonly Recorded[]): void {
    const byStream = new Map<string, Recorded<CountryEvent>[]>();
    for (const event of batch) {
      if (!isCountryStream(event.streamName)) continue;
      const events = byStream.get(event.streamName) ?? [];
      if (events.length === 0) byStream.set(event.streamName, events);
      events.push(event as Recorded<CountryEvent>);
    }
    for (const [streamName, events] of byStream) {
      this.folds.advance(streamName, this.folds.get(streamName) ?? EMPTY_STREAM, events);
      this.lastEvents.set(streamName, events[events.length - 1]);
    }
  }

  /** Saves the streams long enough for a snapshot to spare a read; returns how many were saved. */
  saveTo(snapshots: CountrySnapshots): number {
    let saved = 0;
    for (const [streamName, last] of this.lastEvents) {
      if (last.revision + 1 < SNAPSHOT_EVERY_EVENTS) continue;
      const folded = this.folds.get(streamName)!;
      snapshots.save(streamName, { end: { revision: last.revision, eventId: last.eventId, position: last.position }, folded });
      saved++;
    }
    return saved;
  }
}
