export type FieldError = { field: string; messages: string[] };

/** A request that breaks a business rule, e.g. adopting a framework that was never drafted. */
export class BusinessRuleViolated extends Error {
  readonly kind = 'BusinessRuleViolated';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export class CountryNotFound extends Error {
  readonly kind = 'CountryNotFound';
  constructor(readonly code: string) {
    super(`Unknown country code "${code}": use an ISO 3166-1 alpha-2 or alpha-3 code such as MT or MLT`);
  }
}

export class NotFound extends Error {
  readonly kind = 'NotFound';
}

/** The client's If-Match revision is no longer the stream's revision. */
export class StaleRevision extends Error {
  readonly kind = 'StaleRevision';
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`The country is at revision ${actual}, but If-Match expected ${expected}; reload and try again`);
  }
}

export class IdempotencyKeyReused extends Error {
  readonly kind = 'IdempotencyKeyReused';
  constructor(readonly key: string) {
    super(`Idempotency-Key "${key}" was already used for a different request`);
  }
}

export class InvalidFields extends Error {
  readonly kind = 'InvalidFields';
  constructor(readonly errors: FieldError[]) {
    super('Validation failed');
  }
}

/** A read model is being folded again from the start of the log: what it holds now is incomplete. */
export class ReadModelRebuilding extends Error {
  readonly kind = 'ReadModelRebuilding';
  constructor(
    readonly projection: string,
    readonly position: number,
    readonly target: number,
  ) {
    super(`The ${projection} read model is being rebuilt from the event log (position ${position} of ${target}); try again in a few seconds`);
  }
}

export type DomainError =
  | BusinessRuleViolated
  | CountryNotFound
  | NotFound
  | StaleRevision
  | IdempotencyKeyReused
  | InvalidFields
  | ReadModelRebuilding;
