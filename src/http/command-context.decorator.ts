import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Request } from 'express';
import { createHash, randomUUID } from 'node:crypto';
import { InvalidFields } from '../shared/domain-errors';
import { CommandContext } from '../shared/command/command-context';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

export function commandContextFrom(request: Request, now = new Date()): CommandContext {
  const idempotencyKey = request.header('idempotency-key');
  if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
    throw new InvalidFields([{ field: 'Idempotency-Key', messages: ['must be 1 to 200 visible ASCII characters'] }]);
  }
  const commandId = randomUUID();
  const correlationId = request.header('x-correlation-id') ?? commandId;
  return {
    now: now.toISOString(),
    actor: actorOf(request),
    commandId,
    correlationId,
    causationId: request.header('x-causation-id') ?? correlationId,
    idempotencyKey,
    // Only a retry with the same key is ever compared, so requests without one skip the hashing.
    ...(idempotencyKey !== undefined && { requestHash: hashRequest(request) }),
    expectedRevision: parseIfMatch(request.header('if-match')),
  };
}

/** The authenticated user; the access guard lets no write through without one. */
function actorOf(request: Request): string {
  const user = (request as Request & { user?: { name?: string } }).user;
  return user?.name ?? 'anonymous';
}

function hashRequest(request: Request): string {
  return createHash('sha256')
    .update(request.method)
    .update(routeOf(request))
    .update(canonicalJson(request.body))
    .digest('hex');
}

/** The route pattern, not the raw path: `fr` and `FRA` name the same country stream. */
function routeOf(request: Request): string {
  const route = (request as Request & { route?: { path?: string } }).route;
  return typeof route?.path === 'string' ? route.path : request.path;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?(-1|\d{1,15})"?\s*$/.exec(header);
  if (!match) {
    throw new InvalidFields([{ field: 'If-Match', messages: ['must be a revision from the ETag header, e.g. "3"'] }]);
  }
  return Number(match[1]);
}

export const CommandContextFromRequest = createParamDecorator(
  (_: unknown, context: ExecutionContext): CommandContext => commandContextFrom(context.switchToHttp().getRequest()),
);
