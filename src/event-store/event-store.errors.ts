import { ExpectedRevision } from './event-store.port';

export class WrongExpectedRevision extends Error {
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    readonly actual: number,
  ) {
    super(`Stream ${streamName} is at revision ${actual}, expected ${String(expected)}`);
  }
}

export class DuplicateEventId extends Error {
  constructor(readonly eventId: string) {
    super(`Event ${eventId} was already appended`);
  }
}
