import { appendRecorded } from '../src/reports/testing/append-recorded';
import { freshCountry, startTestApp, TestApp } from './support/test-app';

type Entry = { eventId: string; date: string };
type Page = { code: string; total: number; limit: number; before: string | null; next: { before: string; href: string } | null; entries: Entry[] };

const training = (date: string) => ({ date, title: `Training on ${date}`, audience: 'educators' });
const DATES = ['2024-01-10', '2024-02-10', '2024-03-10', '2024-03-10', '2024-05-10', '2024-06-10', '2024-07-10'];

describe('GET /api/countries/:code/timeline, page by page', () => {
  let t: TestApp;
  let country: string;
  let logged: string[];

  const log = async (date: string) =>
    (await t.http().post(`/api/countries/${country}/hold-training`).send(training(date)).expect(201)).body.eventId as string;
  const page = async (query = '') => (await t.http().get(`/api/countries/${country}/timeline${query}`).expect(200)).body as Page;
  const ids = (current: Page) => current.entries.map((entry) => entry.eventId);

  beforeAll(async () => {
    t = await startTestApp();
    country = freshCountry();
    logged = [];
    for (const date of [...DATES].reverse()) logged.unshift(await log(date));
    [logged[2], logged[3]] = [logged[3], logged[2]];
  });
  afterAll(() => t.close());

  it('answers the latest 50 entries by default, with the total and no earlier page when all fit', async () => {
    const all = await page();
    expect(all).toMatchObject({ code: country, total: DATES.length, limit: 50, before: null, next: null });
    expect(ids(all)).toEqual(logged);
  });

  it('pages back from the latest entries with the cursor it hands out, until the first entry', async () => {
    const latest = await page('?limit=3');
    expect(ids(latest)).toEqual(logged.slice(4));
    expect(latest.next).toEqual({ before: expect.stringMatching(/^2024-05-10_\d+$/), href: expect.stringContaining('limit=3') });

    const response = await t.http().get(latest.next!.href).expect(200);
    const earlier = response.body as Page;
    expect(ids(earlier)).toEqual(logged.slice(1, 4));
    expect(earlier).toMatchObject({ total: DATES.length, before: latest.next!.before });
    expect(response.headers.link).toBe(`<${earlier.next!.href}>; rel="next"`);

    const first = await page(`?limit=3&before=${earlier.next!.before}`);
    expect(ids(first)).toEqual(logged.slice(0, 1));
    expect(first.next).toBeNull();
    expect((await t.http().get(`/api/countries/${country}/timeline?limit=3&before=${first.entries[0].date}_0`).expect(200)).body.entries).toEqual([]);
  });

  it('keeps a page where it was while entries are logged, before and after it', async () => {
    const latest = await page('?limit=2');
    const earlier = await page(`?limit=2&before=${latest.next!.before}`);
    await log('2024-12-24');
    await log('2024-01-01');

    const again = await page(`?limit=2&before=${latest.next!.before}`);
    expect(ids(again)).toEqual(ids(earlier));
    expect(again.total).toBe(DATES.length + 2);
    expect((await page('?limit=1')).entries[0].date).toBe('2024-12-24');
  });

  it('serves up to 1000 entries a page', async () => expect((await page('?limit=1000')).limit).toBe(1000));

  it.each([
    ['?limit=0', 'limit'],
    ['?limit=1001', 'limit'],
    ['?limit=ten', 'limit'],
    ['?limit=2.5', 'limit'],
    ['?limit=', 'limit'],
    ['?before=yesterday', 'before'],
    ['?before=2024-13-01_5', 'before'],
    ['?before=', 'before'],
    ['?offset=5', 'offset'],
  ])('rejects %s with a 400 naming the field', async (query, field) => {
    const response = await t.http().get(`/api/countries/${country}/timeline${query}`).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([field]);
  });

  it('documents the paging parameters in the OpenAPI description', async () => {
    const openApi = (await t.http().get('/api/docs-json').expect(200)).body;
    const parameters = openApi.paths['/api/countries/{code}/timeline'].get.parameters.map((parameter: { name: string }) => parameter.name);
    expect(parameters).toEqual(expect.arrayContaining(['limit', 'before']));
  });

  describe('on the web country page', () => {
    const eventIdsOn = (html: string) => [...html.matchAll(/<li id="event-([^"]+)"/g)].map(([, eventId]) => eventId);
    let busy: string;
    let oldest: string;

    beforeAll(async () => {
      busy = freshCountry();
      const day = (index: number) => new Date(Date.UTC(2020, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
      const events = Array.from({ length: 55 }, (_, index) => ({
        type: 'TrainingHeld' as const,
        data: { country: busy, date: day(index), title: `Training ${index}`, audience: 'educators' as const },
        recordedAt: '2024-12-01T09:00:00.000Z',
      }));
      ({ eventIds: [oldest] } = await appendRecorded(t.app, `country-${busy}`, events));
    });

    it('shows the latest entries with a link to the earlier ones, and back', async () => {
      const latest = (await t.http().get(`/country/${busy}`).expect(200)).text;
      expect(latest).toContain('55 entries');
      expect(eventIdsOn(latest)).toHaveLength(50);
      const earlierHref = /<a href="([^"]+)">Show earlier entries<\/a>/.exec(latest)?.[1].replaceAll('&amp;', '&');
      expect(earlierHref).toMatch(new RegExp(`^/country/${busy}\\?before=`));

      const earlier = (await t.http().get(earlierHref!).expect(200)).text;
      expect(eventIdsOn(earlier)).toEqual([oldest, ...eventIdsOn(earlier).slice(1)]);
      expect(eventIdsOn(earlier)).toHaveLength(5);
      expect(earlier).not.toContain('Show earlier entries');
      expect(earlier).toContain(`<a href="/country/${busy}">Back to the latest entries</a>`);
    });

    it('shows the latest entries when the cursor is not one', async () =>
      expect(eventIdsOn((await t.http().get(`/country/${busy}?before=nonsense`).expect(200)).text)).toHaveLength(50));

    it('opens the correction form for an entry older than the latest page', async () => {
      const form = (await t.http().get(`/log/correct-milestone?country=${busy}&eventId=${oldest}`).expect(200)).text;
      expect(form).toContain('Training 0');
      await t.http().get(`/log/correct-milestone?country=${busy}&eventId=00000000-0000-4000-8000-000000000000`).expect(404);
    });
  });
});
