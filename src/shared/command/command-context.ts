/** Everything a command takes from the edge: the clock, ids, who is acting, and the client's preconditions. */
export type CommandContext = {
  now: string;
  actor: string;
  commandId: string;
  correlationId: string;
  causationId: string;
  idempotencyKey?: string;
  /** Hash of the request (route and body), set with an Idempotency-Key so a reuse with another body is caught. */
  requestHash?: string;
  /** Stream revision from the client's If-Match header. */
  expectedRevision?: number;
};

export type CommandResult = {
  eventId: string;
  country?: string;
  countries?: string[];
  revision: number;
  position: number;
};
