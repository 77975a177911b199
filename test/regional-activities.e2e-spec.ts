import { randomUUID } from 'node:crypto';
import { CountryDirectory } from '../src/countries/country-directory';
import { eventsOf, headPosition } from './support/stored-events';
import { freshCountry, startTestApp, TestApp } from './support/test-app';

type Body = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FUTURE = `${new Date().getUTCFullYear() + 1}-01-15`;
const directory = new CountryDirectory();
const alpha2Of = (alpha3: string) => directory.resolve(alpha3).alpha2;

describe('POST /api/regional-activities', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const post = (body: Body, headers: Record<string, string> = {}) =>
    t.http('officer-jane').post('/api/regional-activities').set(headers).send(body);
  const workshop = (countries: string[], extra: Body = {}): Body => ({
    countries,
    date: '2024-11-26',
    kind: 'workshop',
    title: 'Regional COP Workshop for Africa',
    ...extra,
  });

  /** Posts a request that must fail with `status`, and checks that nothing at all was stored. */
  async function rejected(body: Body, status: number, headers: Record<string, string> = {}) {
    const head = headPosition(t);
    const response = await post(body, headers).expect(status);
    expect(headPosition(t)).toBe(head);
    return response.body as { message: string; errors?: { field: string; messages: string[] }[] };
  }
  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field).sort();

  it('records the activity once, in its own stream, for every listed country', async () => {
    const [kenya, ghana, nigeria] = [freshCountry(), freshCountry(), freshCountry()];
    const response = await post(
      workshop([kenya, alpha2Of(ghana).toLowerCase(), nigeria.toLowerCase()], {
        host: alpha2Of(kenya),
        participants: 200,
        note: '200 participants from 21 African countries',
      }),
    ).expect(201);

    const countries = [kenya, ghana, nigeria];
    expect(response.body).toEqual({ eventId: expect.stringMatching(UUID), countries, revision: 0, position: expect.any(Number) });
    expect(eventsOf(t, `regional-activity-${response.body.eventId}`)).toEqual([
      expect.objectContaining({
        eventId: response.body.eventId,
        type: 'RegionalActivityHeld',
        revision: 0,
        position: response.body.position,
        data: {
          activityId: response.body.eventId,
          countries,
          date: '2024-11-26',
          kind: 'workshop',
          title: 'Regional COP Workshop for Africa',
          host: kenya,
          participants: 200,
          note: '200 participants from 21 African countries',
        },
        metadata: expect.objectContaining({ actor: 'officer-jane' }),
      }),
    ]);
    for (const country of countries) expect(eventsOf(t, `country-${country}`)).toEqual([]);
  });

  it('gives two activities with the same content two streams', async () => {
    const body = workshop([freshCountry(), freshCountry()]);
    const first = await post(body).expect(201);
    const second = await post(body).expect(201);
    expect(second.body.eventId).not.toBe(first.body.eventId);
    expect(eventsOf(t, `regional-activity-${second.body.eventId}`)).toHaveLength(1);
  });

  it('answers a retry with the same Idempotency-Key with the first result, writing once', async () => {
    const body = workshop([freshCountry(), freshCountry()]);
    const headers = { 'Idempotency-Key': `regional-${randomUUID()}` };
    const first = await post(body, headers).expect(201);
    const head = headPosition(t);
    const retry = await post(body, headers).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(headPosition(t)).toBe(head);
    expect(eventsOf(t, `regional-activity-${first.body.eventId}`)).toHaveLength(1);
  });

  it('answers 422 when an Idempotency-Key is reused for another body, writing nothing', async () => {
    const headers = { 'Idempotency-Key': `regional-${randomUUID()}` };
    const countries = [freshCountry(), freshCountry()];
    await post(workshop(countries), headers).expect(201);
    const body = await rejected(workshop(countries, { title: 'Another workshop' }), 422, headers);
    expect(body.message).toMatch(/already used for a different request/);
  });

  it('answers 422 when the Idempotency-Key was used for a country command, writing nothing', async () => {
    const headers = { 'Idempotency-Key': `shared-${randomUUID()}` };
    const country = freshCountry();
    const taskforce = { date: '2024-11-05' };
    await t.http().post(`/api/countries/${country}/establish-child-taskforce`).set(headers).send(taskforce).expect(201);
    await rejected(workshop([country, freshCountry()]), 422, headers);
  });

  it('answers 400 naming every bad field, writing nothing', async () => {
    const body = await rejected(
      { countries: ['Kenya'], date: '2024-11-31', kind: 'party', host: 'K1', participants: 0, extra: true },
      400,
    );
    expect(fieldsOf(body)).toEqual(['countries', 'date', 'extra', 'host', 'kind', 'participants', 'title']);
  });

  it('answers 400 for fewer than 2 or more than 100 countries', async () => {
    const tooFew = await rejected(workshop([freshCountry()]), 400);
    expect(tooFew.message).toMatch(/at least 2 countries/);
    const members = directory.memberStates().map((country) => country.code);
    expect(members.length).toBeGreaterThan(100);
    const tooMany = await rejected(workshop(members.slice(0, 101)), 400);
    expect(fieldsOf(tooMany)).toEqual(['countries']);
    await post(workshop(members.slice(0, 100))).expect(201);
  });

  it('answers 400 for a country listed twice, also as alpha-2 and alpha-3', async () => {
    const [country, other] = [freshCountry(), freshCountry()];
    const sameCode = await rejected(workshop([country, other, country.toLowerCase()]), 400);
    expect(fieldsOf(sameCode)).toEqual(['countries']);
    const sameCountry = await rejected(workshop([country, other, alpha2Of(country)]), 400);
    expect(fieldsOf(sameCountry)).toEqual(['countries']);
    expect(sameCountry.message).toContain(directory.resolve(country).name);
  });

  it('answers 404 naming an unknown country or host, writing nothing', async () => {
    const unknownCountry = await rejected(workshop([freshCountry(), 'QQ']), 404);
    expect(unknownCountry.message).toMatch(/Unknown country code "QQ"/);
    const unknownHost = await rejected(workshop([freshCountry(), freshCountry()], { host: 'QQQ' }), 404);
    expect(unknownHost.message).toMatch(/Unknown country code "QQQ"/);
  });

  it('answers 409 for a date in the future or before 2008, writing nothing', async () => {
    const future = await rejected(workshop([freshCountry(), freshCountry()], { date: FUTURE }), 409);
    expect(future.message).toMatch(new RegExp(`${FUTURE} is in the future`));
    const early = await rejected(workshop([freshCountry(), freshCountry()], { date: '2007-05-05' }), 409);
    expect(early.message).toMatch(/before 2008-01-01/);
  });
});
