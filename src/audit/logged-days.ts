import { Injectable } from '@nestjs/common';
import { LOG_DAYS, LoggedDay } from '../../projections/log-days.projection';
import { ProjectionRunner } from '../read-models/projection-runner.service';
import { ReadModelStore } from '../read-models/read-model.store';

/** Every logged day, and the log position up to which they are known. */
export type LoggedDays = { days: LoggedDay[]; through: number };

/** The stretch of the log, up to the logged days' `through`, a search by time must read: no event outside it can match. */
export type RecordedStretch = { from: number; to: number };

/** The log-days read model, when it is complete; a search reads the whole log otherwise. */
@Injectable()
export class LoggedDaysReader {
  constructor(
    private readonly readModels: ReadModelStore,
    private readonly runner: ProjectionRunner,
  ) {}

  read(): LoggedDays | undefined {
    if (!this.runner.isComplete(LOG_DAYS)) return undefined;
    return { through: this.runner.positionOf(LOG_DAYS), days: this.readModels.list<LoggedDay>(LOG_DAYS) };
  }
}

/**
 * Where the events recorded from `from` to `to` (each a day or a time; `to` runs to the end of its day) can lie, given
 * the logged days up to position `through`; events after it could have been recorded at any time. Exact even when a
 * clock went back: an event recorded by `to` was recorded on a day up to `to`'s, so it lies at or before that day's last.
 */
export function recordedStretch({ days, through }: LoggedDays, from?: string, to?: string): RecordedStretch {
  const fromDay = from?.slice(0, 10);
  const toDay = to?.slice(0, 10);
  let first = fromDay === undefined ? 0 : through + 1;
  let last = toDay === undefined ? Number.MAX_SAFE_INTEGER : 0;
  for (const logged of days) {
    if (fromDay !== undefined && logged.day >= fromDay) first = Math.min(first, logged.first);
    if (toDay !== undefined && logged.day <= toDay) last = Math.max(last, logged.last);
  }
  return { from: first, to: last };
}
