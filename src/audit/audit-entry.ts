import type { Recorded } from '../event-store/event-envelope';

export type AuditAction = 'recorded' | 'corrected' | 'retracted' | 'published';

export type AuditEntry = {
  position: number;
  recordedAt: string;
  actor: string;
  action: AuditAction;
  type: string;
  eventId: string;
  countries: string[];
  /** The business date of a recorded milestone, or the quarter of a publication. */
  date?: string;
  /** For corrections and retractions: the event that was changed. */
  target?: { eventId: string; type?: string };
  reason?: string;
};

export type AuditFilter = { country?: string; actor?: string; from?: string; to?: string };

type Fields = { country?: unknown; countries?: unknown; date?: unknown; quarter?: unknown; eventId?: unknown; milestoneType?: unknown; reason?: unknown };

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Reads an event of any type by its envelope and the few data fields that say what it touched. */
export function auditEntryOf(event: Recorded): AuditEntry {
  const data = (event.data ?? {}) as Fields;
  const action: AuditAction =
    event.type === 'MilestoneCorrected'
      ? 'corrected'
      : event.type === 'MilestoneRetracted'
        ? 'retracted'
        : event.type === 'QuarterlyReportPublished'
          ? 'published'
          : 'recorded';
  const countries = Array.isArray(data.countries) ? data.countries.filter((code): code is string => typeof code === 'string') : [];
  const country = text(data.country);
  const targetId = text(data.eventId);
  return {
    position: event.position,
    recordedAt: event.metadata.recordedAt,
    actor: event.metadata.actor,
    action,
    type: event.type,
    eventId: event.eventId,
    countries: country ? [country] : countries,
    ...((text(data.date) ?? text(data.quarter)) !== undefined && { date: text(data.date) ?? text(data.quarter) }),
    ...(targetId !== undefined && action !== 'recorded' && { target: { eventId: targetId, ...(text(data.milestoneType) && { type: text(data.milestoneType) }) } }),
    ...(text(data.reason) !== undefined && { reason: text(data.reason) }),
  };
}

/** `to` given as a day includes that whole day. */
export function matchesAudit(entry: AuditEntry, filter: AuditFilter): boolean {
  if (filter.country && !entry.countries.includes(filter.country)) return false;
  if (filter.actor && entry.actor !== filter.actor) return false;
  if (filter.from && entry.recordedAt < filter.from) return false;
  if (filter.to && entry.recordedAt > (filter.to.length === 10 ? `${filter.to}T23:59:59.999Z` : filter.to)) return false;
  return true;
}
