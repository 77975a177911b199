import { createHash } from 'node:crypto';
import { parse, stringify, v7 as uuidV7, validate, version } from 'uuid';
import { CommandContext } from './command-context';

/**
 * Event ids are UUIDv7: their first 48 bits are the command's `now` in milliseconds, so ids made one after the
 * other sort together. The store's unique index on event ids and the read models' keys (`<country>/<eventId>`)
 * then take each new id next to the last one instead of at a random page, which is most of what a rebuild of
 * a large log spends in SQLite.
 *
 * With an Idempotency-Key the id is derived from the key, so a retry produces the same id and the store's
 * duplicate-id check backs idempotency in every adapter. A key that is itself a UUIDv7 (as the web forms send)
 * lends its time to the id, keeping that order; any other key gives a name-based, v5-style UUID.
 */
export function eventIdFor({ idempotencyKey, now }: Pick<CommandContext, 'idempotencyKey' | 'now'>, index: number): string {
  return idempotencyKey ? idempotentEventId(idempotencyKey, index) : uuidV7({ msecs: Date.parse(now) });
}

/** The id of a command's `index`-th event when it carries this Idempotency-Key. */
export function idempotentEventId(idempotencyKey: string, index: number): string {
  const hash = createHash('sha1').update(`ta-tracker:${idempotencyKey}:${index}`).digest();
  const keyTime = timeOfUuidV7(idempotencyKey);
  if (keyTime !== undefined) return uuidV7({ msecs: keyTime, random: hash.subarray(0, 16) });
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  return stringify(hash.subarray(0, 16));
}

/** The milliseconds in a UUIDv7's first 48 bits; undefined for anything else. */
export function timeOfUuidV7(id: string): number | undefined {
  if (!validate(id) || version(id) !== 7) return undefined;
  return Buffer.from(parse(id).subarray(0, 6)).readUIntBE(0, 6);
}
