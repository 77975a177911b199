import { Inject, Injectable } from '@nestjs/common';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CountryDirectory } from '../countries/country-directory';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { AuditEntry, auditEntryOf, AuditFilter, matchesAudit } from './audit-entry';
import { LoggedDaysReader, recordedStretch } from './logged-days';

const BATCH_SIZE = 2000;
/**
 * Events one request reads at most. A filter that matches nothing (a mistyped user) would otherwise read the whole
 * log: at a million events that took 10 s from the page cache and 88 s from disk. The page then says where it stopped.
 */
export const AUDIT_EVENTS_SCANNED = 50_000;

/** `before`: the log position the next page reads back from, or null when this one reached the start of the log. */
export type AuditPage = { entries: AuditEntry[]; before: number | null };

/** Who recorded, corrected, retracted or published what and when, read straight from the event log. */
@Injectable()
export class AuditLog {
  scanLimit = AUDIT_EVENTS_SCANNED;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: CountryDirectory,
    private readonly loggedDays: LoggedDaysReader,
  ) {}

  /**
   * Newest first, at most `limit` entries logged before position `before` (or the newest): reads back from there only
   * as far as it must, and never more than `scanLimit` events, serving other requests between its batches. With `from`
   * or `to`, the logged days say which stretch of the log can hold matches, and the rest is not read.
   */
  async page(filter: AuditFilter, limit: number, before?: number): Promise<AuditPage> {
    const normalised = {
      ...filter,
      ...(filter.country && { country: this.directory.resolve(filter.country).code }),
      ...(filter.from && filter.from.length > 10 && { from: new Date(filter.from).toISOString() }),
      ...(filter.to && filter.to.length > 10 && { to: new Date(filter.to).toISOString() }),
    };
    const logged = normalised.from || normalised.to ? this.loggedDays.read() : undefined;
    const stretch = logged ? recordedStretch(logged, normalised.from, normalised.to) : { from: 0, to: Number.MAX_SAFE_INTEGER };
    const indexedBefore = logged ? logged.through + 1 : 0;
    const entries: AuditEntry[] = [];
    let beforePosition = before;
    for (let scanned = 0; scanned < this.scanLimit; ) {
      if (beforePosition !== undefined && beforePosition <= indexedBefore) beforePosition = Math.min(beforePosition, stretch.to + 1);
      if (beforePosition !== undefined && beforePosition <= stretch.from) return { entries, before: null };
      const batch = await this.store.readAllBackwards({ beforePosition, maxCount: Math.min(BATCH_SIZE, this.scanLimit - scanned) });
      if (batch.length === 0) return { entries, before: null };
      for (const event of batch) {
        const entry = auditEntryOf(event);
        if (!matchesAudit(entry, normalised)) continue;
        entries.push(entry);
        if (entries.length === limit) return { entries, before: entry.position };
      }
      scanned += batch.length;
      beforePosition = batch[batch.length - 1].position;
      await nextTurn();
    }
    return { entries, before: beforePosition ?? null };
  }
}
