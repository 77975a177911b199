import { validate, version } from 'uuid';
import { eventIdFor, idempotentEventId, timeOfUuidV7 } from './event-ids';

const NOW = '2024-11-05T09:30:00.123Z';

describe('eventIdFor', () => {
  it('gives a command without an Idempotency-Key a fresh UUIDv7 carrying its now', () => {
    const first = eventIdFor({ now: NOW }, 0);
    const second = eventIdFor({ now: NOW }, 0);
    expect(validate(first) && version(first)).toBe(7);
    expect(second).not.toBe(first);
    expect(timeOfUuidV7(first)).toBe(Date.parse(NOW));
  });

  it('orders ids by the time of the command that made them', () => {
    const times = ['2024-11-05T09:30:00.000Z', '2024-11-05T09:30:00.001Z', '2024-11-06T00:00:00.000Z', '2031-01-01T00:00:00.000Z'];
    const ids = times.map((now) => eventIdFor({ now }, 0));
    expect([...ids].reverse().sort()).toEqual(ids);
  });

  it('derives the same id from the same key and index, and another for another index', () => {
    const key = 'import-2024-11-05-row-17';
    expect(eventIdFor({ idempotencyKey: key, now: NOW }, 0)).toBe(eventIdFor({ idempotencyKey: key, now: '2025-01-01T00:00:00.000Z' }, 0));
    expect(idempotentEventId(key, 1)).not.toBe(idempotentEventId(key, 0));
  });

  it('keeps the name-based, v5-style id of earlier versions for a key that is not a UUIDv7', () => {
    const id = idempotentEventId('import-2024-11-05-row-17', 0);
    expect(validate(id) && version(id)).toBe(5);
    expect(id).toBe('bc0e214b-d55f-5e3a-9e41-bab51a34a99d');
  });

  it("takes a UUIDv7 key's time, so ids made from the web forms' keys stay in order", () => {
    const earlierKey = '0192fc2a-0c63-7a1b-9c3d-5e6f70819203';
    const laterKey = '0192fc2b-0000-7000-8000-000000000000';
    const earlier = idempotentEventId(earlierKey, 0);
    const later = idempotentEventId(laterKey, 0);
    expect(version(earlier)).toBe(7);
    expect(timeOfUuidV7(earlier)).toBe(timeOfUuidV7(earlierKey));
    expect(earlier).not.toBe(earlierKey);
    expect(earlier < later).toBe(true);
    expect(idempotentEventId(earlierKey, 0)).toBe(earlier);
  });

  it('reads no time from anything but a UUIDv7', () => {
    expect(timeOfUuidV7('0192fc2a-0c63-4a1b-9c3d-5e6f70819203')).toBeUndefined();
    expect(timeOfUuidV7('not-a-uuid')).toBeUndefined();
  });
});
