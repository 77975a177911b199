import { v7 as uuidV7, version } from 'uuid';
import { timeOfUuidV7 } from '../src/shared/command/event-ids';
import { startTestApp, TestApp, freshCountry } from './support/test-app';

describe('POST /api/countries/:code/hold-training', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('records a training and answers with where it landed', async () => {
    const country = freshCountry();
    const response = await t
      .http()
      .post(`/api/countries/${country.toLowerCase()}/hold-training`)
      .send({ date: '2024-11-12', title: 'Training of Trainers for Educators', audience: 'educators', participants: 30 })
      .expect(201);
    expect(response.body).toEqual({ eventId: expect.any(String), country, revision: 0, position: expect.any(Number) });
  });

  it('gives the event a UUIDv7 of the time it was logged, or of a UUIDv7 Idempotency-Key', async () => {
    const country = freshCountry();
    const body = { date: '2024-11-12', title: 'Online safety for parents', audience: 'parents' };
    const before = Date.now();
    const plain = await t.http().post(`/api/countries/${country}/hold-training`).send(body).expect(201);
    expect(version(plain.body.eventId)).toBe(7);
    expect(timeOfUuidV7(plain.body.eventId)).toBeGreaterThanOrEqual(before);
    expect(timeOfUuidV7(plain.body.eventId)).toBeLessThanOrEqual(Date.now());

    const key = uuidV7({ msecs: Date.parse('2024-11-12T08:00:00Z') });
    const keyed = await t.http().post(`/api/countries/${country}/hold-training`).set('Idempotency-Key', key).send(body).expect(201);
    const retried = await t.http().post(`/api/countries/${country}/hold-training`).set('Idempotency-Key', key).send(body).expect(201);
    expect(retried.body).toEqual(keyed.body);
    expect(timeOfUuidV7(keyed.body.eventId)).toBe(Date.parse('2024-11-12T08:00:00Z'));
  });

  it('lists every bad field', async () => {
    const response = await t
      .http()
      .post(`/api/countries/${freshCountry()}/hold-training`)
      .send({ date: '2024-02-30', audience: 'aliens', extra: 1 })
      .expect(400);
    const fields = response.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['audience', 'date', 'extra', 'title']);
  });
});
