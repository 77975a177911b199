import { startTestApp, TestApp } from './support/test-app';

/** The web pages over plain HTTP: who is sent to sign in, who may see which page. */
describe('web pages and roles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.http('officer-afr').post('/api/countries/KEN/hold-event').send({ date: '2024-11-14', title: 'National COP Summit', kind: 'summit', role: 'organised' }).expect(201);
  });
  afterAll(() => t.close());

  it('sends a visitor without credentials to the sign-in page, remembering where they were going', async () => {
    for (const path of ['/', '/country/KEN', '/log/hold-training?country=KEN', '/reports', '/audit-trail']) {
      const response = await t.anonymous().get(path);
      expect([path, response.status, response.headers.location]).toEqual([path, 303, `/signin?next=${encodeURIComponent(path)}`]);
    }
    const signIn = await t.anonymous().get('/signin?next=%2Fcountry%2FKEN').expect(200);
    expect(signIn.text).toContain('name="next" value="/country/KEN"');
    await t.anonymous().get('/assets/app.css').expect(200);
  });

  it('shows the audit page to managers only, with who recorded what', async () => {
    const manager = t.withToken(t.tokenFor('manager', { roles: ['manager'] }));
    const page = await manager.get('/audit-trail?country=KEN').expect(200);
    expect(page.text).toContain('<td>officer-afr</td>');
    expect(page.text).toContain('EventHeld');
    const officer = await t.withToken(t.tokenFor('officer-eur', { roles: ['officer'], regions: ['EUR'] })).get('/audit-trail').expect(403);
    expect(officer.text).toContain('This needs the manager or admin role');
  });

  it('shows the milestone forms to officers only', async () => {
    const manager = t.withToken(t.tokenFor('manager', { roles: ['manager'] }));
    expect((await manager.get('/log/hold-training').expect(403)).text).toContain('This needs the officer role');
    const officer = await t.withToken(t.tokenFor('officer-eur', { roles: ['officer'], regions: ['EUR'] })).get('/log/hold-training').expect(200);
    expect(officer.text).not.toContain('X-Actor');
  });
});
