import { randomUUID } from 'node:crypto';
import { NewEvent, Recorded } from './event-envelope';
import { DuplicateEventId, WrongExpectedRevision } from './event-store.errors';

const WAIT_LIMIT_MS = 10_000;

/** A stream under an application prefix, so adapters that filter the log to this app's streams see it. */
export function newStream(): string {
  return `country-T${randomUUID().replace(/-/g, '').slice(0, 16)}`;
}

export function newEvent(type: string, data: Record<string, unknown> = { at: type }): NewEvent {
  return {
    type,
    data,
    eventId: randomUUID(),
    schemaVersion: 1,
    metadata: {
      actor: 'contract-test',
      commandId: randomUUID(),
      correlationId: randomUUID(),
      causationId: randomUUID(),
      recordedAt: '2024-12-03T10:00:00.000Z',
      idempotencyKey: 'key-1',
      requestHash: 'hash-1',
    },
  };
}

export function withoutPosition({ position, ...rest }: Recorded): Omit<Recorded, 'position'> {
  expect(position).toEqual(expect.any(Number));
  return rest;
}

export function inStreams(events: Recorded[], streams: string[]): Recorded[] {
  return events.filter((event) => streams.includes(event.streamName));
}

export function isConflict(error: unknown): boolean {
  return error instanceof DuplicateEventId || error instanceof WrongExpectedRevision;
}

export function expectIncreasingPositions(events: Recorded[]): void {
  events.slice(1).forEach((event, index) => expect(event.position).toBeGreaterThan(events[index].position));
}

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export async function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}

export async function waitFor(condition: () => boolean): Promise<void> {
  for (const deadline = Date.now() + WAIT_LIMIT_MS; !condition(); ) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${WAIT_LIMIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
