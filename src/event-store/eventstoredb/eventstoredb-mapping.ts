import {
  ANY,
  AppendExpectedRevision,
  AllStreamResolvedEvent,
  CurrentRevision,
  EventData,
  NO_STREAM,
  Position,
  ResolvedEvent,
  START,
  ReadPosition,
  WrongExpectedVersionError,
  jsonEvent,
} from '@eventstore/db-client';
import { EventMetadata, NewEvent, Recorded } from '../event-envelope';
import { WrongExpectedRevision } from '../event-store.errors';
import { ExpectedRevision } from '../event-store.port';

/** The streams this application writes; everything else in `$all` (system streams, other apps) is ignored. */
export const APP_STREAM_PREFIXES = ['country-', 'regional-activity-', 'report-'];

type StoredMetadata = EventMetadata & { schemaVersion: number; $correlationId?: string; $causationId?: string };

export function isAppStream(streamName: string, prefixes: readonly string[] = APP_STREAM_PREFIXES): boolean {
  return prefixes.some((prefix) => streamName.startsWith(prefix));
}

export function toClientExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'any') return ANY;
  if (expected === 'no-stream') return NO_STREAM;
  return BigInt(expected);
}

/**
 * Global positions are the commit position. Every event appended through gRPC is its own implicit
 * commit, so commit equals prepare and is unique per event; it is a byte offset, far below 2^53.
 */
export function toClientPosition(position: number): ReadPosition {
  if (position <= 0) return START;
  const exact = BigInt(position);
  return { commit: exact, prepare: exact };
}

export function fromClientPosition(position: Position): number {
  return Number(position.commit);
}

/** `$correlationId`/`$causationId` let the server's own projections (e.g. `$by_correlation_id`) see our ids. */
export function toEventData(event: NewEvent): EventData {
  const metadata: StoredMetadata = {
    ...event.metadata,
    schemaVersion: event.schemaVersion,
    $correlationId: event.metadata.correlationId,
    $causationId: event.metadata.causationId,
  };
  return jsonEvent({
    id: event.eventId,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata,
  });
}

export function toRecorded(resolved: ResolvedEvent | AllStreamResolvedEvent): Recorded {
  const event = resolved.event;
  if (!event) throw new Error('EventStoreDB returned a link to a deleted event');
  if (!event.isJson) throw new Error(`Event ${event.id} in ${event.streamId} is not JSON`);
  const stored = (event.metadata ?? {}) as Partial<StoredMetadata>;
  const metadata = Object.fromEntries(
    Object.entries(stored).filter(([key]) => key !== 'schemaVersion' && !key.startsWith('$')),
  ) as EventMetadata;
  const commit = event.position?.commit ?? resolved.commitPosition;
  if (commit === undefined) throw new Error(`EventStoreDB reported no position for event ${event.id}`);
  return {
    eventId: event.id,
    type: event.type,
    data: event.data,
    schemaVersion: stored.schemaVersion ?? 1,
    metadata,
    streamName: event.streamId,
    revision: Number(event.revision),
    position: Number(commit),
  };
}

export function revisionNumber(revision: CurrentRevision | AppendExpectedRevision | undefined): number {
  return typeof revision === 'bigint' ? Number(revision) : -1;
}

export function translateAppendError(error: unknown, streamName: string, expected: ExpectedRevision): unknown {
  if (error instanceof WrongExpectedVersionError) {
    return new WrongExpectedRevision(streamName, expected, revisionNumber(error.actualVersion));
  }
  return error;
}

export function sameContent(sent: NewEvent, stored: Recorded): boolean {
  return (
    sent.eventId === stored.eventId &&
    sent.type === stored.type &&
    JSON.stringify(sent.data) === JSON.stringify(stored.data)
  );
}
