import request from 'supertest';
import { createUser } from '../src/auth/user-accounts';
import { UserAccountStore } from '../src/auth/user-account.store';
import { CountryDirectory } from '../src/countries/country-directory';
import { startTestApp, TestApp } from './support/test-app';

const PASSWORD = 'a password long enough';
const EVENT = { date: '2024-11-14', title: 'National COP Summit', kind: 'summit', role: 'organised' };

const cookieOf = (response: request.Response, name: string) =>
  ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((cookie) => cookie.startsWith(`${name}=`));

/** Signs in through the form as a browser would: GET the page (CSRF cookie + field), POST it back. */
async function signIn(t: TestApp, name: string, password = PASSWORD, headers: Record<string, string> = {}) {
  const agent = request.agent(t.app.getHttpServer());
  const page = await agent.get('/signin').set(headers).expect(200);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
  const response = await agent.post('/signin').set(headers).type('form').send({ name, password, _csrf: csrf, next: '/country/MLT' });
  return { agent, response };
}

describe('sessions, CSRF and hardening', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ auth: { signInsPerMinute: 1000, writesPerMinute: 1_000_000, trustProxy: true } });
    await createUser(t.app.get(UserAccountStore), new CountryDirectory(), { name: 'eve', roles: ['officer'], regions: ['EUR'], password: PASSWORD });
  });
  afterAll(() => t.close());

  it('signs in with a password into an HttpOnly, SameSite=Lax session cookie and a readable CSRF cookie', async () => {
    const { agent, response } = await signIn(t, 'eve');
    expect([response.status, response.headers.location]).toEqual([303, '/country/MLT']);
    expect(cookieOf(response, 'ta_session')).toMatch(/HttpOnly/);
    expect(cookieOf(response, 'ta_session')).toMatch(/SameSite=Lax/);
    expect(cookieOf(response, 'ta_session')).not.toMatch(/Secure/);
    expect(cookieOf(response, 'ta_csrf')).not.toMatch(/HttpOnly/);
    expect((await agent.get('/api/me').expect(200)).body).toMatchObject({ name: 'eve', roles: ['officer'], source: 'session' });
  });

  it('marks cookies Secure when the request came over https through a trusted proxy', async () => {
    const https = { 'X-Forwarded-Proto': 'https' };
    const page = await t.anonymous().get('/signin').set(https).expect(200);
    const csrfCookie = cookieOf(page, 'ta_csrf')!;
    expect(csrfCookie).toMatch(/Secure/);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
    const response = await t
      .anonymous()
      .post('/signin')
      .set({ ...https, Cookie: csrfCookie.split(';')[0] })
      .type('form')
      .send({ name: 'eve', password: PASSWORD, _csrf: csrf });
    expect(response.status).toBe(303);
    expect(cookieOf(response, 'ta_session')).toMatch(/Secure/);
  });

  it('refuses a cookie-session write without the CSRF token, and takes it with the token', async () => {
    const { agent, response } = await signIn(t, 'eve');
    const csrf = decodeURIComponent(/ta_csrf=([^;]+)/.exec(cookieOf(response, 'ta_csrf')!)![1]);
    const refused = await agent.post('/api/countries/MLT/hold-event').send(EVENT).expect(403);
    expect(refused.body.message).toContain('CSRF token is missing or wrong');
    await agent.post('/api/countries/MLT/hold-event').set('X-CSRF-Token', 'forged').send(EVENT).expect(403);
    const written = await agent.post('/api/countries/MLT/hold-event').set('X-CSRF-Token', csrf).send(EVENT).expect(201);
    const entry = (await t.http().get('/api/audit?actor=eve').expect(200)).body[0];
    expect(entry).toMatchObject({ eventId: written.body.eventId, actor: 'eve', action: 'recorded', countries: ['MLT'] });
  });

  it('refuses a sign-in whose form token does not match its cookie (login CSRF) and a wrong password', async () => {
    const forged = await request(t.app.getHttpServer()).post('/signin').type('form').send({ name: 'eve', password: PASSWORD, _csrf: 'x' });
    expect([forged.status, cookieOf(forged, 'ta_session')]).toEqual([403, undefined]);
    const wrong = await signIn(t, 'eve', 'not the password at all');
    expect([wrong.response.status, cookieOf(wrong.response, 'ta_session')]).toEqual([401, undefined]);
    expect(wrong.response.text).toContain('The user name or password is wrong.');
  });

  it('sends security headers with a same-origin CSP and no X-Powered-By', async () => {
    for (const path of ['/api/countries', '/signin', '/assets/app.css']) {
      const response = await t.http().get(path).expect(200);
      expect([path, response.headers['content-security-policy']]).toEqual([path, expect.stringContaining("default-src 'self'")]);
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('keeps CORS closed by default', async () => {
    const preflight = await t.anonymous().options('/api/countries').set('Origin', 'https://elsewhere.example').set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const read = await t.http().get('/api/countries').set('Origin', 'https://elsewhere.example').expect(200);
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers an oversized body with a clear 413 and an unauthenticated write with a 401, both without internals', async () => {
    const big = await t.http().post('/api/countries/MLT/hold-event').send({ ...EVENT, note: 'x'.repeat(150_000) }).expect(413);
    expect(big.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large', message: 'The request body is larger than the limit of 102400 bytes' });
    const anonymous = await t.anonymous().post('/api/countries/MLT/hold-event').send(EVENT).expect(401);
    expect(anonymous.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Sign in, or send an API token as "Authorization: Bearer <token>"' });
    expect(JSON.stringify([big.body, anonymous.body])).not.toMatch(/at .+\.(ts|js):\d+/);
  });

  it('revokes an API token through the API so that it stops working at once', async () => {
    const issued = (await t.http().post('/api/users/eve/tokens').send({ label: 'script' }).expect(201)).body;
    expect(issued.token).toMatch(/^tat_/);
    await t.withToken(issued.token).get('/api/me').expect(200);
    const listed = (await t.http().get('/api/users/eve/tokens').expect(200)).body;
    expect(JSON.stringify(listed)).not.toContain(issued.token);
    await t.http().delete(`/api/tokens/${issued.id}`).expect(200);
    expect((await t.withToken(issued.token).get('/api/me').expect(401)).body.message).toBe('This API token is unknown, revoked or expired');
  });
});

describe('rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ auth: { signInsPerMinute: 3, writesPerMinute: 3 } });
    await createUser(t.app.get(UserAccountStore), new CountryDirectory(), { name: 'eve', roles: ['officer'], regions: ['EUR'], password: PASSWORD });
  });
  afterAll(() => t.close());

  it('limits sign-in attempts per address, saying so on the sign-in page', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) statuses.push((await signIn(t, 'eve', 'wrong password again')).response.status);
    expect(statuses).toEqual([401, 401, 401]);
    const limited = await signIn(t, 'eve');
    expect([limited.response.status, cookieOf(limited.response, 'ta_session')]).toEqual([429, undefined]);
    expect(limited.response.text).toContain('wait a minute');
  });

  it('limits writes per user with a clear 429 while reads go on', async () => {
    const client = t.http('busy-officer');
    const statuses: number[] = [];
    for (let write = 0; write < 4; write++) statuses.push((await client.post('/api/countries/MLT/hold-event').send(EVENT)).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const limited = await client.post('/api/countries/MLT/hold-event').send(EVENT).expect(429);
    expect(limited.body).toEqual({ statusCode: 429, error: 'Too Many Requests', message: 'Too many requests in a short time; wait a minute and try again' });
    await client.get('/api/countries/MLT').expect(200);
    await t.http('other-officer').post('/api/countries/MLT/hold-event').send(EVENT).expect(201);
  });
});

describe('CORS when origins are configured', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ auth: { corsOrigins: ['https://dashboard.example'] } })));
  afterAll(() => t.close());

  it('allows only the configured origin', async () => {
    const allowed = await t.http().get('/api/countries').set('Origin', 'https://dashboard.example').expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://dashboard.example');
    const other = await t.http().get('/api/countries').set('Origin', 'https://elsewhere.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
