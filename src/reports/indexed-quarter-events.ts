import { Inject, Injectable } from '@nestjs/common';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { QUARTER_LOG_INDEX, quarterLogIndexPrefix, QuarterLogPositions } from '../../projections/quarter-log-index.projection';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { ProjectionRunner } from '../read-models/projection-runner.service';
import { ReadModelStore } from '../read-models/read-model.store';
import { RecordedTrackerEvent } from '../tracker-events';
import { QuarterEventReader, scanningTheLog } from './activity-log';

const POSITIONS_PER_READ = 1000;

/**
 * The events that touch a quarter, read by their positions in the quarter log index (11,120 for a quarter of 10,000
 * activities at a million events) instead of reading the whole log; then, from the log, those the index has not reached.
 * While the index is being rebuilt, the whole log is read.
 */
@Injectable()
export class IndexedQuarterEvents {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ReadModelStore,
    private readonly runner: ProjectionRunner,
  ) {}

  readonly read: QuarterEventReader = async (quarter, visit, throughPosition = Number.MAX_SAFE_INTEGER) => {
    if (!this.runner.isComplete(QUARTER_LOG_INDEX)) return scanningTheLog(this.store)(quarter, visit, throughPosition);
    // Both are read in one turn of the event loop, so no flush of the index falls between them.
    const indexedThrough = this.runner.positionOf(QUARTER_LOG_INDEX);
    const lists = this.readModels.listByPrefix<QuarterLogPositions>(QUARTER_LOG_INDEX, quarterLogIndexPrefix(quarter));
    const positions = [...new Set(lists.flatMap((list) => list.positions))].filter((position) => position <= throughPosition).sort((a, b) => a - b);
    for (let first = 0; first < positions.length; first += POSITIONS_PER_READ) {
      visit((await this.store.readPositions(positions.slice(first, first + POSITIONS_PER_READ))) as RecordedTrackerEvent[]);
      await nextTurn();
    }
    if (indexedThrough >= throughPosition) return;
    await scanningTheLog(this.store, indexedThrough)(quarter, visit, throughPosition);
  };
}
