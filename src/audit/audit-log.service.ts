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

  /** Newest first, at most `limit` entries: reads back from the end of the log only as far as it must. */
  async entries(filter: AuditFilter, limit: number): Promise<AuditEntry[]> {
    const normalised = {
      ...filter,
      ...(filter.country && { country: this.directory.resolve(filter.country).code }),
      ...(filter.from && filter.from.length > 10 && { from: new Date(filter.from).toISOString() }),
      ...(filter.to && filter.to.length > 10 && { to: new Date(filter.to).toISOString() }),
    };
    const newestFirst: AuditEntry[] = [];
    let beforePosition: number | undefined;
    while (newestFirst.length < limit) {
      const batch = await this.store.readAllBackwards({ beforePosition, maxCount: BATCH_SIZE });
      if (batch.length === 0) break;
      newestFirst.push(...batch.map(auditEntryOf).filter((entry) => matchesAudit(entry, normalised)));
      beforePosition = batch[batch.length - 1].position;
    }
    return newestFirst.slice(0, limit);
  }
}
