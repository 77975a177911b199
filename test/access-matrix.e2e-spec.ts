import { UserAccountStore } from '../src/auth/user-account.store';
import { EVENT_STORE, EventStore } from '../src/event-store/event-store.port';
import { commandCatalogue } from './reliability/support/command-catalogue';
import { OidcIssuer } from './support/oidc-issuer';
import { startTestApp, TestApp } from './support/test-app';

type Rule = 'public' | 'signed-in' | 'officer-for-KEN' | 'manager' | 'manager-or-admin' | 'admin';
type Endpoint = { name: string; method: 'get' | 'post' | 'delete'; path: () => string; body?: () => object; rule: Rule; writes?: boolean };
type Caller = { name: string; credentials: () => Promise<string | undefined>; valid: boolean; officerForKEN?: boolean; roles?: string[] };
type Expected = 'allow' | 401 | 403;

let sequence = 0;
const unique = (prefix: string) => `${prefix}-${++sequence}`;

function expectedFor(caller: Caller, rule: Rule): Expected {
  if (rule === 'public') return 'allow';
  if (!caller.valid) return 401;
  const roles = caller.roles ?? [];
  const allowed =
    rule === 'signed-in' ||
    (rule === 'officer-for-KEN' && caller.officerForKEN === true) ||
    (rule === 'manager' && roles.includes('manager')) ||
    (rule === 'manager-or-admin' && (roles.includes('manager') || roles.includes('admin'))) ||
    (rule === 'admin' && roles.includes('admin'));
  return allowed ? 'allow' : 403;
}

describe('access matrix: every endpoint, every kind of caller', () => {
  let t: TestApp;
  let issuer: OidcIssuer;
  let store: EventStore;
  let accounts: UserAccountStore;
  let endpoints: Endpoint[];
  let callers: Caller[];

  beforeAll(async () => {
    issuer = await OidcIssuer.start();
    t = await startTestApp({ auth: { oidc: issuer.settings, signInsPerMinute: 10_000, writesPerMinute: 1_000_000 } });
    store = t.app.get(EVENT_STORE);
    accounts = t.app.get(UserAccountStore);
    const training = await t.http().post('/api/countries/KEN/hold-training').send({ date: '2024-11-12', title: 'Seed', audience: 'educators' }).expect(201);
    t.tokenFor('someone-else', { roles: ['officer'], regions: ['ASP'] });
    const commands = commandCatalogue(training.body.eventId);
    endpoints = [
      { name: 'health', method: 'get', path: () => '/api/health', rule: 'public' },
      { name: 'list countries', method: 'get', path: () => '/api/countries?region=AFR', rule: 'signed-in' },
      { name: 'country status', method: 'get', path: () => '/api/countries/KEN', rule: 'signed-in' },
      { name: 'timeline', method: 'get', path: () => '/api/countries/KEN/timeline', rule: 'signed-in' },
      { name: 'quarterly report', method: 'get', path: () => '/api/reports/quarterly/2024-Q4?format=md', rule: 'signed-in' },
      { name: 'published report', method: 'get', path: () => '/api/reports/quarterly/2024-Q4/published', rule: 'signed-in' },
      { name: 'who am I', method: 'get', path: () => '/api/me', rule: 'signed-in' },
      { name: 'audit', method: 'get', path: () => '/api/audit?country=KEN', rule: 'manager-or-admin' },
      ...commands.map((command): Endpoint => ({
        name: command.name,
        method: 'post',
        path: () => command.path,
        body: () => command.valid,
        rule: 'officer-for-KEN',
        writes: true,
      })),
      { name: 'publish report', method: 'post', path: () => '/api/reports/quarterly/2024-Q4/publish', rule: 'manager', writes: true },
      { name: 'list users', method: 'get', path: () => '/api/users', rule: 'admin' },
      { name: 'add user', method: 'post', path: () => '/api/users', body: () => ({ name: unique('new-officer'), roles: ['officer'], regions: ['EUR'] }), rule: 'admin' },
      { name: "another user's tokens", method: 'get', path: () => '/api/users/someone-else/tokens', rule: 'admin' },
      { name: 'token for another user', method: 'post', path: () => '/api/users/someone-else/tokens', body: () => ({ label: 'x' }), rule: 'admin' },
      { name: 'rebuild projections', method: 'post', path: () => '/api/admin/rebuild-projections', rule: 'admin' },
      { name: "revoke another user's token", method: 'delete', path: () => `/api/tokens/${accounts.issueToken('someone-else', 'x').id}`, rule: 'admin' },
    ];
    const revoked = accounts.issueToken(accounts.findUser('someone-else')!.name, 'revoked');
    accounts.revokeToken(revoked.id);
    const token = (name: string, roles: string[], regions: string[] = []) => async () => t.tokenFor(name, { roles: roles as never, regions });
    callers = [
      { name: 'no credentials', credentials: async () => undefined, valid: false },
      { name: 'revoked API token', credentials: async () => revoked.token, valid: false },
      { name: 'made-up API token', credentials: async () => 'tat_not-a-token', valid: false },
      { name: 'expired JWT', credentials: () => issuer.token({ preferred_username: 'late', realm_access: { roles: ['officer', 'manager', 'admin'] } }, { expiresInSeconds: -60 }), valid: false },
      { name: 'JWT of another issuer', credentials: () => issuer.token({ preferred_username: 'x', realm_access: { roles: ['admin'] } }, { issuer: 'https://evil.example' }), valid: false },
      { name: 'officer for Africa', credentials: token('officer-afr', ['officer'], ['AFR']), valid: true, officerForKEN: true, roles: ['officer'] },
      { name: 'officer for the wrong region', credentials: token('officer-eur', ['officer'], ['EUR']), valid: true, roles: ['officer'] },
      { name: 'manager', credentials: token('manager', ['manager']), valid: true, roles: ['manager'] },
      { name: 'admin', credentials: token('admin', ['admin']), valid: true, roles: ['admin'] },
      {
        name: 'SSO officer for Africa',
        credentials: () => issuer.token({ preferred_username: 'sso-officer', realm_access: { roles: ['officer'] }, itu_regions: ['AFR'] }),
        valid: true,
        officerForKEN: true,
        roles: ['officer'],
      },
      { name: 'SSO manager', credentials: () => issuer.token({ preferred_username: 'sso-manager', realm_access: { roles: ['manager'] } }), valid: true, roles: ['manager'] },
    ];
  });

  afterAll(async () => {
    await t?.close();
    await issuer?.stop();
  });

  it('allows or refuses each cell as the roles say, and a refused write writes nothing', async () => {
    const cells: { caller: string; endpoint: string; expected: Expected; status: number }[] = [];
    const mismatches: string[] = [];
    for (const caller of callers) {
      for (const endpoint of endpoints) {
        const bearer = await caller.credentials();
        const client = bearer ? t.withToken(bearer) : t.anonymous();
        const before = await store.headPosition();
        const response = await client[endpoint.method](endpoint.path()).send(endpoint.body?.());
        const expected = expectedFor(caller, endpoint.rule);
        const ok = expected === 'allow' ? ![401, 403].includes(response.status) && response.status < 500 : response.status === expected;
        const wroteNothing = expected === 'allow' || (await store.headPosition()) === before;
        if (!ok || !wroteNothing) mismatches.push(`${caller.name} × ${endpoint.name}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`);
        if (expected !== 'allow') expect(response.body).toEqual({ statusCode: expected, error: expect.any(String), message: expect.any(String) });
        cells.push({ caller: caller.name, endpoint: endpoint.name, expected, status: response.status });
      }
    }
    expect(mismatches).toEqual([]);
    expect(cells).toHaveLength(callers.length * endpoints.length);
    expect(cells.filter((cell) => cell.expected === 'allow' && cell.status === 201).length).toBeGreaterThan(20);
  });

  it('lets an admin rebuild the read models while the service runs, giving the same answers', async () => {
    const before = (await t.http().get('/api/countries/KEN/timeline').expect(200)).body;
    const rebuilt = await t.withToken(t.tokenFor('admin')).post('/api/admin/rebuild-projections').expect(200);
    expect(rebuilt.body).toEqual({ position: await store.headPosition() });
    expect((await t.http().get('/api/countries/KEN/timeline').expect(200)).body).toEqual(before);
    await t.http().post('/api/countries/KEN/hold-event').send({ date: '2024-11-14', title: 'After the rebuild', kind: 'summit', role: 'organised' }).expect(201);
    expect((await t.http().get('/api/countries/KEN/timeline').expect(200)).body.entries).toHaveLength(before.entries.length + 1);
  });

  it('says why a wrong role or region is refused', async () => {
    const wrongRegion = await t.withToken(t.tokenFor('officer-eur')).post('/api/countries/KEN/hold-event').send({ date: '2024-11-14', title: 'x', kind: 'summit', role: 'organised' });
    expect(wrongRegion.status).toBe(403);
    expect(wrongRegion.body.message).toBe('officer-eur may record milestones only for EUR, not for Kenya (Africa)');
    const manager = await t.withToken(t.tokenFor('manager')).post('/api/regional-activities').send(commandCatalogue('')[12].valid);
    expect(manager.body.message).toBe('Only officers log, correct or retract milestones; manager is manager');
    const officer = await t.withToken(t.tokenFor('officer-afr')).get('/api/audit');
    expect([officer.status, officer.body.message]).toEqual([403, 'This needs the manager or admin role; officer-afr is officer']);
    const expired = await t.withToken(await issuer.token({ preferred_username: 'late' }, { expiresInSeconds: -60 })).get('/api/countries');
    expect([expired.status, expired.body.message]).toEqual([401, 'The bearer token has expired']);
  });

  it('lets an officer assigned a single country write to it but not to its neighbours', async () => {
    const client = t.withToken(t.tokenFor('malta-desk', { roles: ['officer'], countries: ['MLT'] }));
    const event = { date: '2024-11-14', title: 'National COP Summit', kind: 'summit', role: 'organised' };
    expect((await client.post('/api/countries/mt/hold-event').send(event)).status).toBe(201);
    expect((await client.post('/api/countries/ITA/hold-event').send(event)).status).toBe(403);
  });

  it('records the authenticated caller as the actor of every write, whatever X-Actor says, and audits it', async () => {
    const written = await t
      .withToken(await issuer.token({ preferred_username: 'sso-officer', realm_access: { roles: ['officer'] }, itu_regions: 'AFR' }))
      .post('/api/countries/GHA/hold-event')
      .set('X-Actor', 'mallory')
      .send({ date: '2024-11-14', title: 'National COP Summit', kind: 'summit', role: 'organised' })
      .expect(201);
    const audit = (await t.http().get('/api/audit?country=GH').expect(200)).body as { eventId: string; actor: string }[];
    expect(audit.find((entry) => entry.eventId === written.body.eventId)?.actor).toBe('sso-officer');
    const log = await store.readAll({ fromPosition: 0, maxCount: 100_000 });
    const auditedIds = new Set(((await t.http().get('/api/audit?limit=5000').expect(200)).body as { eventId: string }[]).map((entry) => entry.eventId));
    expect(log.filter((event) => !auditedIds.has(event.eventId))).toEqual([]);
    expect(log.filter((event) => ['anonymous', 'mallory'].includes(event.metadata.actor))).toEqual([]);
  });
});
