import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EventStore } from '../../event-store/event-store.port';
import { EVENT_STORE } from '../../event-store/event-store.port';
import { ProjectionRunner } from '../../read-models/projection-runner.service';
import type { TrackerEvent } from '../../tracker-events';

export type BackdatedEvent = TrackerEvent & { eventId?: string; recordedAt: string };

/**
 * Appends events straight to a running app's store with the recordedAt a test chooses, as if logged then,
 * and waits until the read models include them. Returns the event ids and the last position.
 */
export async function appendRecorded(
  app: INestApplication,
  streamName: string,
  events: BackdatedEvent[],
): Promise<{ eventIds: string[]; position: number }> {
  const store = app.get<EventStore>(EVENT_STORE);
  const newEvents = events.map(({ eventId = randomUUID(), recordedAt, ...event }) => ({
    ...event,
    eventId,
    schemaVersion: 1,
    metadata: { actor: 'test-officer', commandId: eventId, correlationId: eventId, causationId: eventId, recordedAt },
  }));
  const result = await store.appendToStream(streamName, newEvents, 'any');
  await app.get(ProjectionRunner).waitUntilProjected(result.lastPosition);
  return { eventIds: newEvents.map((event) => event.eventId), position: result.lastPosition };
}
