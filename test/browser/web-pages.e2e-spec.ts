import { version } from 'uuid';
import { timeOfUuidV7 } from '../../src/shared/command/event-ids';
import { startTestApp, TestApp } from '../support/test-app';

/** The web pages over plain HTTP: routing, escaping and errors, without a browser. */
describe('web pages', () => {
  let t: TestApp;
  let trainingId: string;
  const hostileTitle = '<script>alert("x")</script> & co';

  beforeAll(async () => {
    t = await startTestApp();
    const logged = await t
      .http('<b>Officer</b>')
      .post('/api/countries/MLT/hold-training')
      .send({ date: '2024-11-12', title: hostileTitle, audience: 'educators', participants: 25 })
      .expect(201);
    trainingId = logged.body.eventId;
  });

  afterAll(async () => {
    await t.close();
  });

  it('serves the pages outside the api prefix and keeps the API under it', async () => {
    for (const path of ['/', '/country/MLT', '/log', '/log/hold-training', '/reports']) {
      const response = await t.http().get(path);
      expect([path, response.status, response.headers['content-type']]).toEqual([path, 200, 'text/html; charset=utf-8']);
      expect(response.text).toMatch(/^<!doctype html>/);
    }
    await t.http().get('/api/countries').expect(200).expect('Content-Type', /json/);
    await t.http().get('/countries').expect(404);
  });

  it('escapes what officers typed wherever a page shows it', async () => {
    const page = (await t.http().get('/country/MLT').expect(200)).text;
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<b>Officer</b>');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(page).toContain('&lt;b&gt;Officer&lt;/b&gt;');
  });

  it('renders each form with a new Idempotency-Key, a UUIDv7 whose time the event id keeps', async () => {
    const keyOf = async () => /data-idempotency-key="([^"]+)"/.exec((await t.http().get('/log/hold-training').expect(200)).text)![1];
    const before = Date.now();
    const [first, second] = [await keyOf(), await keyOf()];
    expect(version(first)).toBe(7);
    expect(version(second)).toBe(7);
    expect(first).not.toBe(second);
    expect(timeOfUuidV7(first)).toBeGreaterThanOrEqual(before);
  });

  it('offers the allowed values as choices', async () => {
    const page = (await t.http().get('/log/hold-event?country=MLT').expect(200)).text;
    for (const value of ['national-event', 'summit', 'seminar', 'awareness-campaign', 'conference', 'organised', 'contributed', 'participated']) {
      expect(page).toContain(`<option value="${value}">`);
    }
    expect(page).toContain('<option value="MLT" selected>Malta (MLT)</option>');
  });

  it('starts a correction from the milestone as it stands', async () => {
    const page = (await t.http().get(`/log/correct-milestone?country=MLT&eventId=${trainingId}`).expect(200)).text;
    expect(page).toContain(`name="eventId" data-field="eventId" data-kind="text" value="${trainingId}"`);
    expect(page).toMatch(/name="changes\.participants"[^>]*data-initial="25"[^>]*value="25"/);
    expect(page).toMatch(/name="changes\.title"[^>]*value="&lt;script&gt;/);
  });

  it('answers unknown countries, forms and milestones with a readable 404 page', async () => {
    for (const path of ['/country/XYZ', '/log/fly-to-the-moon', '/log/correct-milestone?country=MLT&eventId=00000000-0000-4000-8000-000000000000']) {
      const response = await t.http().get(path);
      expect([path, response.status, response.headers['content-type']]).toEqual([path, 404, 'text/html; charset=utf-8']);
      expect(response.text).toContain('<h1>Not found</h1>');
    }
  });

  it('serves its scripts, styles and map from installed files, and nothing else', async () => {
    for (const [file, type] of [
      ['app.css', /text\/css/],
      ['dashboard-map.js', /javascript/],
      ['milestone-form.js', /javascript/],
      ['d3-geo.min.js', /javascript/],
      ['d3-array.min.js', /javascript/],
      ['topojson-client.min.js', /javascript/],
      ['countries-110m.json', /json/],
    ] as const) {
      const response = await t.http().get(`/assets/${file}`).expect(200);
      expect([file, response.headers['content-type']]).toEqual([file, expect.stringMatching(type)]);
    }
    await t.http().get('/assets/..%2Fpackage.json').expect(404);
    await t.http().get('/assets/unknown.js').expect(404);
  });

  it('keeps the pages out of the OpenAPI document', async () => {
    const paths = Object.keys((await t.http().get('/api/docs-json').expect(200)).body.paths);
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((path) => !path.startsWith('/api/'))).toEqual([]);
  });
});
