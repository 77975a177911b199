import { Recorded } from '../event-store/event-envelope';
import { CommandResult } from '../shared/command/command-context';
import { PersistentMap } from './persistent-map';
import { CountryEvent } from './domain/country.events';
import { CountryState, foldCountry, initialCountryState } from './domain/country.state';

export type EarlierResult = Omit<CommandResult, 'country'> & { requestHash?: string };

/** A country stream folded up to a revision, with the results of the idempotent commands it holds. */
export type FoldedStream = {
  state: CountryState;
  results: PersistentMap<EarlierResult>;
};

export const EMPTY_STREAM: FoldedStream = { state: initialCountryState(), results: PersistentMap.empty() };

/**
 * What a folded stream keeps grows only with its stage milestones and its idempotent commands' results, each
 * a few hundred bytes at most, so this caps the cache near 50 MB. Streams forgotten are read again in full.
 */
export const ENTRIES_CACHED = 200_000;

const weightOf = (folded: FoldedStream) => 1 + folded.state.stages.size + folded.results.size;

/**
 * Keeps folded country streams between commands, so a command reads only the events appended since
 * (by anyone: the store stays the source of truth) instead of the country's whole history. The least
 * recently used streams are forgotten once the entries kept pass the budget.
 */
export class CountryStreamCache {
  private readonly streams = new Map<string, FoldedStream>();
  private weight = 0;

  constructor(private readonly budget = ENTRIES_CACHED) {}

  /** The stream as last folded, or undefined if it is not kept (it may still have events). */
  get(streamName: string): FoldedStream | undefined {
    const folded = this.streams.get(streamName);
    if (!folded) return undefined;
    this.streams.delete(streamName);
    this.streams.set(streamName, folded);
    return folded;
  }

  /** Folds newer events onto what is known; an older fold never replaces a newer one. */
  advance(streamName: string, from: FoldedStream, events: Recorded<CountryEvent>[]): FoldedStream {
    if (events.length === 0) return from;
    return this.keep(streamName, { state: foldCountry(events, from.state), results: withResults(from.results, events) });
  }

  /** Keeps a fold made elsewhere (a snapshot), unless a newer one is kept already. */
  keep(streamName: string, folded: FoldedStream): FoldedStream {
    const current = this.streams.get(streamName);
    if (!current || current.state.revision < folded.state.revision) {
      this.forget(streamName);
      this.streams.set(streamName, folded);
      this.weight += weightOf(folded);
      while (this.weight > this.budget && this.streams.size > 1) this.forget(this.streams.keys().next().value!);
    }
    return folded;
  }

  private forget(streamName: string): void {
    const folded = this.streams.get(streamName);
    if (!folded) return;
    this.streams.delete(streamName);
    this.weight -= weightOf(folded);
  }
}

function withResults(results: PersistentMap<EarlierResult>, events: Recorded<CountryEvent>[]): PersistentMap<EarlierResult> {
  const changes = new Map<string, EarlierResult>();
  for (const event of events) {
    const key = event.metadata.idempotencyKey;
    if (!key) continue;
    const first = changes.get(key) ?? results.get(key);
    if (first && first.eventId !== event.eventId && first.requestHash === event.metadata.requestHash) {
      changes.set(key, { ...first, revision: event.revision, position: event.position });
    } else if (!first) {
      const { eventId, revision, position } = event;
      changes.set(key, { eventId, revision, position, requestHash: event.metadata.requestHash });
    }
  }
  return results.with(changes);
}
