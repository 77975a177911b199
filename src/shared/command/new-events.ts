import { DomainEvent, EventMetadata, NewEvent } from '../../event-store/event-envelope';
import { SCHEMA_VERSION } from '../../tracker-events';
import { CommandContext } from './command-context';

export function metadataFrom(context: CommandContext): EventMetadata {
  return {
    actor: context.actor,
    commandId: context.commandId,
    correlationId: context.correlationId,
    causationId: context.causationId,
    recordedAt: context.now,
    ...(context.idempotencyKey && { idempotencyKey: context.idempotencyKey, requestHash: context.requestHash }),
  };
}

/** Wraps decided events for the store: ids from the edge, the schema version and the command's metadata. */
export function toNewEvents<E extends DomainEvent>(
  events: E[],
  context: CommandContext,
  eventIdOf: (index: number) => string,
): NewEvent<E>[] {
  const metadata = metadataFrom(context);
  return events.map((event, index) => ({ ...event, eventId: eventIdOf(index), schemaVersion: SCHEMA_VERSION, metadata }));
}
