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
