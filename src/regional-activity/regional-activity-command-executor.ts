import { Inject, Injectable } from '@nestjs/common';
import { Recorded } from '../event-store/event-envelope';
import { DuplicateEventId, WrongExpectedRevision } from '../event-store/event-store.errors';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { CommandContext, CommandResult } from '../shared/command/command-context';
import { toNewEvents } from '../shared/command/new-events';
import { PROJECTION_BARRIER, ProjectionBarrier } from '../shared/command/projection-barrier';
import { IdempotencyKeyReused } from '../shared/domain-errors';
import {
  evolveRegionalActivity,
  initialRegionalActivityState,
  RegionalActivityState,
} from './hold-regional-activity/hold-regional-activity.decide';
import { RegionalActivityEvent, regionalActivityStream } from './regional-activity.events';

/** Records a regional activity once, in its own stream; a retry with the same Idempotency-Key finds it there. */
@Injectable()
export class RegionalActivityCommandExecutor {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_BARRIER) private readonly projections: ProjectionBarrier,
  ) {}

  async execute(
    activityId: string,
    context: CommandContext,
    decide: (state: RegionalActivityState) => RegionalActivityEvent[],
  ): Promise<CommandResult> {
    const streamName = regionalActivityStream(activityId);
    for (let attempt = 1; ; attempt++) {
      const history = (await this.store.readStream(streamName)) as Recorded<RegionalActivityEvent>[];
      if (context.idempotencyKey && history.length > 0) return this.projected(earlierResult(history, context));

      const state = history.reduce(evolveRegionalActivity, initialRegionalActivityState());
      const events = toNewEvents(decide(state), context, () => activityId);
      try {
        const result = await this.store.appendToStream(streamName, events, 'no-stream');
        return this.projected(resultOf(result.events as Recorded<RegionalActivityEvent>[]));
      } catch (error) {
        if (error instanceof DuplicateEventId && context.idempotencyKey) {
          throw new IdempotencyKeyReused(context.idempotencyKey);
        }
        // A concurrent retry with the same key won the race: the next read returns its result.
        if (!(error instanceof WrongExpectedRevision) || attempt >= 2) throw error;
      }
    }
  }

  private async projected(result: CommandResult): Promise<CommandResult> {
    await this.projections.waitUntilProjected(result.position);
    return result;
  }
}

function earlierResult(history: Recorded<RegionalActivityEvent>[], context: CommandContext): CommandResult {
  if (history[0].metadata.requestHash !== context.requestHash) throw new IdempotencyKeyReused(context.idempotencyKey!);
  return resultOf(history);
}

function resultOf(events: Recorded<RegionalActivityEvent>[]): CommandResult {
  const first = events[0];
  const last = events[events.length - 1];
  return { eventId: first.eventId, countries: first.data.countries, revision: last.revision, position: last.position };
}
