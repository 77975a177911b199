import { Inject, Injectable } from '@nestjs/common';
import { CountryDirectory } from '../countries/country-directory';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { AuditEntry, auditEntryOf, AuditFilter, matchesAudit } from './audit-entry';

const BATCH_SIZE = 2000;

/** Who recorded, corrected, retracted or published what and when, read straight from the event log. */
@Injectable()
export class AuditLog {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: CountryDirectory,
  ) {}

  /** Newest first, at most `limit` entries. */
  async entries(filter: AuditFilter, limit: number): Promise<AuditEntry[]> {
    const normalised = {
      ...filter,
      ...(filter.country && { country: this.directory.resolve(filter.country).code }),
      ...(filter.from && filter.from.length > 10 && { from: new Date(filter.from).toISOString() }),
      ...(filter.to && filter.to.length > 10 && { to: new Date(filter.to).toISOString() }),
    };
    const matching: AuditEntry[] = [];
    for (let position = 0; ; ) {
      const batch = await this.store.readAll({ fromPosition: position, maxCount: BATCH_SIZE });
      if (batch.length === 0) break;
      for (const event of batch) {
        const entry = auditEntryOf(event);
        if (matchesAudit(entry, normalised)) matching.push(entry);
      }
      position = batch[batch.length - 1].position;
      if (matching.length > limit * 4) matching.splice(0, matching.length - limit);
    }
    return matching.slice(-limit).reverse();
  }
}
