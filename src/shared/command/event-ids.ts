import { createHash, randomUUID } from 'node:crypto';

/**
 * With an Idempotency-Key the event id is derived from it (a name-based, v5-style UUID), so a retry
 * produces the same id and the store's duplicate-id check backs idempotency in every adapter.
 */
export function eventIdFor(idempotencyKey: string | undefined, index: number): string {
  if (!idempotencyKey) return randomUUID();
  const hash = createHash('sha1').update(`ta-tracker:${idempotencyKey}:${index}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
