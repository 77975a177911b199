import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { Recorded } from '../event-store/event-envelope';
import { DuplicateEventId, WrongExpectedRevision } from '../event-store/event-store.errors';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { IdempotencyKeyReused, StaleRevision } from '../shared/domain-errors';
import { CommandContext, CommandResult } from '../shared/command/command-context';
import { eventIdFor } from '../shared/command/event-ids';
import { toNewEvents } from '../shared/command/new-events';
import { PROJECTION_BARRIER, ProjectionBarrier } from '../shared/command/projection-barrier';
import { StreamLocks } from '../shared/command/stream-locks';
import { CountryEvent } from './domain/country.events';
import { CountryState } from './domain/country.state';
import { traceMilestone, TracedMilestone } from './domain/milestone-revision';
import { COUNTRY_SNAPSHOTS, CountrySnapshots, NO_SNAPSHOTS, SNAPSHOT_EVERY_EVENTS } from './country-snapshots';
import { CountryStreamCache, EMPTY_STREAM, FoldedStream } from './country-stream-cache';
import { countryStream } from './country-stream';

const MAX_ATTEMPTS = 50;
/** Events read at a time when catching a stream up, so a long history is folded without holding it all. */
const STREAM_PAGE = 500;

/** `revised` is the milestone named in `execute`'s `revising`, traced through the stream (undefined if none). */
type Decide = (state: CountryState, revised?: TracedMilestone) => CountryEvent[];

/** Load, fold, decide, append; shared by every per-country command handler. */
@Injectable()
export class CountryCommandExecutor {
  private readonly streams = new CountryStreamCache();
  private readonly locks = new StreamLocks();
  /** Stream → revision of its latest snapshot, saved or loaded by this process. */
  private readonly snapshotRevisions = new Map<string, number>();
  private readonly logger = new Logger(CountryCommandExecutor.name);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_BARRIER) private readonly projections: ProjectionBarrier,
    @Optional() @Inject(COUNTRY_SNAPSHOTS) private readonly snapshots: CountrySnapshots = NO_SNAPSHOTS,
  ) {}

  /** `revising` names a milestone of the country that `decide` corrects or retracts. */
  async execute(country: string, context: CommandContext, decide: Decide, revising?: string): Promise<CommandResult> {
    const streamName = countryStream(country);
    const result = await this.locks.run(streamName, () =>
      this.decideAndAppend(streamName, country, context, (state) => this.decideOnMilestone(streamName, state, decide, revising)),
    );
    await this.projections.waitUntilProjected(result.position);
    return result;
  }

  private async decideAndAppend(
    streamName: string,
    country: string,
    context: CommandContext,
    decide: (state: CountryState) => Promise<CountryEvent[]>,
  ): Promise<CommandResult> {
    for (let attempt = 1; ; attempt++) {
      const { state, results } = await this.caughtUp(streamName);
      const earlier = context.idempotencyKey ? results.get(context.idempotencyKey) : undefined;
      if (earlier) {
        if (earlier.requestHash !== context.requestHash) throw new IdempotencyKeyReused(context.idempotencyKey!);
        const { eventId, revision, position } = earlier;
        return { eventId, country, revision, position };
      }

      if (context.expectedRevision !== undefined && context.expectedRevision !== state.revision) {
        throw new StaleRevision(context.expectedRevision, state.revision);
      }
      const events = toNewEvents(await decide(state), context, (index) => eventIdFor(context, index));
      try {
        const result = await this.store.appendToStream(streamName, events, state.revision === -1 ? 'no-stream' : state.revision);
        const appended = result.events as Recorded<CountryEvent>[];
        this.keepSnapshot(streamName, this.streams.advance(streamName, { state, results }, appended), appended.at(-1));
        const first = result.events[0];
        return { eventId: first.eventId, country, revision: result.nextRevision, position: result.lastPosition };
      } catch (error) {
        if (error instanceof DuplicateEventId && context.idempotencyKey) {
          throw new IdempotencyKeyReused(context.idempotencyKey);
        }
        if (!(error instanceof WrongExpectedRevision)) throw error;
        if (context.expectedRevision !== undefined) throw new StaleRevision(context.expectedRevision, error.actual);
        if (attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private async caughtUp(streamName: string): Promise<FoldedStream> {
    let folded = this.streams.get(streamName) ?? (await this.fromSnapshot(streamName));
    let last: Recorded | undefined;
    for await (const page of this.pages(streamName, folded.state.revision + 1, Number.MAX_SAFE_INTEGER, 'forwards')) {
      folded = this.streams.advance(streamName, folded, page);
      last = page.at(-1) ?? last;
    }
    this.keepSnapshot(streamName, folded, last);
    return folded;
  }

  /** A snapshot counts only if the store still holds the event it ends with, at its revision and position. */
  private async fromSnapshot(streamName: string): Promise<FoldedStream> {
    const snapshot = this.snapshots.load(streamName);
    if (!snapshot) return EMPTY_STREAM;
    const { end } = snapshot;
    const [event] = await this.store.readStream(streamName, end.revision, 1);
    if (event?.eventId !== end.eventId || event.revision !== end.revision || event.position !== end.position) return EMPTY_STREAM;
    this.snapshotRevisions.set(streamName, end.revision);
    return this.streams.keep(streamName, snapshot.folded);
  }

  /** Saving a snapshot only spares a later read, so a failure to save is logged and the command goes on. */
  private keepSnapshot(streamName: string, folded: FoldedStream, last: Recorded | undefined): void {
    if (!last || folded.state.revision !== last.revision) return;
    if (last.revision - (this.snapshotRevisions.get(streamName) ?? -1) < SNAPSHOT_EVERY_EVENTS) return;
    try {
      this.snapshots.save(streamName, { end: { revision: last.revision, eventId: last.eventId, position: last.position }, folded });
      this.snapshotRevisions.set(streamName, last.revision);
    } catch (error) {
      this.logger.warn(`Could not save a snapshot of ${streamName}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * A correction or retraction is rare, so its milestone is read from the log rather than kept for every milestone.
   * It is most often a recent one: the stream is read backwards a page at a time until the milestone turns up,
   * keeping only the events about it, which are then traced in order.
   */
  private async decideOnMilestone(streamName: string, state: CountryState, decide: Decide, revising?: string): Promise<CountryEvent[]> {
    if (revising === undefined) return decide(state);
    const about: Recorded<CountryEvent>[][] = [];
    for await (const page of this.pages(streamName, 0, state.revision, 'backwards')) {
      about.unshift(page.filter((event) => isAbout(event, revising)));
      if (page.some((event) => event.eventId === revising)) break;
    }
    return decide(state, traceMilestone(revising, about.flat()));
  }

  /**
   * The stream from revision `from` through `through`, a page at a time, so a long history is never held whole:
   * forwards (ending at the first short page, the stream's end) or backwards from `through`.
   */
  private async *pages(
    streamName: string,
    from: number,
    through: number,
    direction: 'forwards' | 'backwards',
  ): AsyncGenerator<Recorded<CountryEvent>[]> {
    for (let done = 0; done <= through - from; done += STREAM_PAGE) {
      const first = direction === 'forwards' ? from + done : Math.max(from, through - done - STREAM_PAGE + 1);
      const count = Math.min(STREAM_PAGE, through - done + 1 - (direction === 'forwards' ? from : first));
      const page = (await this.store.readStream(streamName, first, count)) as Recorded<CountryEvent>[];
      yield page;
      if (direction === 'forwards' && page.length < STREAM_PAGE) return;
    }
  }
}

const isAbout = (event: Recorded<CountryEvent>, milestoneId: string) =>
  event.eventId === milestoneId ||
  ((event.type === 'MilestoneCorrected' || event.type === 'MilestoneRetracted') && event.data.eventId === milestoneId);
