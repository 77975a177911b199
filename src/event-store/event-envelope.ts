export type EventMetadata = {
  actor: string;
  commandId: string;
  correlationId: string;
  causationId: string;
  recordedAt: string;
  idempotencyKey?: string;
  requestHash?: string;
};

export type DomainEvent<Type extends string = string, Data = unknown> = {
  type: Type;
  data: Data;
};

export type NewEvent<E extends DomainEvent = DomainEvent> = E & {
  eventId: string;
  schemaVersion: number;
  metadata: EventMetadata;
};

export type Recorded<E extends DomainEvent = DomainEvent> = NewEvent<E> & {
  position: number;
  streamName: string;
  revision: number;
};
