import { readFileSync } from 'node:fs';
import type { CountrySummary } from '../../src/web/web-api.client';
import { COUNTRY_STAGES, STAGE_COLOURS } from '../../src/web/stage-display';
import { BROWSER_USER, describeInBrowser, VIEWPORTS } from './browser-harness';

jest.setTimeout(120_000);

describeInBrowser('web app in a real browser', (use) => {
  it('shows the demo countries on the dashboard map, coloured by stage, with counts per stage', async () => {
    const harness = use();
    const countries = await harness.api<CountrySummary[]>('/countries');
    const engaged = countries.filter((country) => country.stage !== 'not-engaged');
    expect(engaged.map((country) => country.code)).toEqual(expect.arrayContaining(['AND', 'BHS', 'SWZ']));
    const page = await harness.page();
    await page.goto(harness.url('/'));
    await page.locator('svg.world-map a[data-country]').first().waitFor();

    const drawn = await page.$$eval('svg.world-map a[data-country]', (links) =>
      links.map((link) => ({
        code: link.getAttribute('data-country'),
        shape: link.firstElementChild?.tagName,
        fill: link.firstElementChild?.getAttribute('fill'),
      })),
    );
    const byCode = new Map(drawn.map((entry) => [entry.code, entry]));
    for (const country of engaged) {
      expect([country.code, byCode.get(country.code)?.fill]).toEqual([country.code, STAGE_COLOURS[country.stage]]);
    }
    expect(byCode.get('MLT')?.shape).toBe('circle');
    expect(byCode.get('MDV')?.shape).toBe('circle');
    expect(byCode.get('FRA')?.shape).toBe('path');
    for (const stage of COUNTRY_STAGES) {
      const expected = countries.filter((country) => country.stage === stage).length;
      expect([stage, await page.locator(`.legend li[data-stage="${stage}"] strong`).textContent()]).toEqual([stage, String(expected)]);
    }
    await harness.screenshot(page, 'dashboard-1920');

    await page.locator('svg.world-map a[data-country="MDV"]').click();
    await page.waitForURL('**/country/MDV');
    expect(await page.locator('h1').textContent()).toBe('Maldives');
  });

  it('filters the dashboard by ITU region and stage', async () => {
    const harness = use();
    const page = await harness.page();
    await page.goto(harness.url('/'));
    await page.getByLabel('ITU region').selectOption('AMS');
    await page.getByLabel('Stage', { exact: true }).selectOption('framework-drafted');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL('**/?region=AMS&stage=framework-drafted');
    const expected = (await harness.api<CountrySummary[]>('/countries?region=AMS&stage=framework-drafted')).map((c) => c.code);
    expect(expected).toEqual(expect.arrayContaining(['BHS', 'SUR']));
    expect(await page.$$eval('.country-list tbody tr', (rows) => rows.map((row) => row.getAttribute('data-country')))).toEqual(expected);
  });

  it('opens a country from the list and shows its status and timeline in business-date order', async () => {
    const harness = use();
    const entries = await harness.timeline('MLT');
    expect(entries.length).toBeGreaterThan(0);
    const page = await harness.page();
    await page.goto(harness.url('/'));
    await page.locator('.country-list').getByRole('link', { name: 'Malta', exact: true }).click();
    await page.waitForURL('**/country/MLT');
    expect(await page.locator('h1').textContent()).toBe('Malta');
    const shown = await page.$$eval('.timeline > li', (items) =>
      items.map((item) => ({ date: item.querySelector('.when')?.textContent, summary: item.querySelector('.summary')?.textContent })),
    );
    expect(shown).toEqual(entries.map((entry) => ({ date: entry.date, summary: entry.summary })));
    expect(await page.getByTestId('stage').textContent()).toMatch(/\S/);
    await harness.screenshot(page, 'country-1920');
  });

  it('logs a training through the form once, even on a double click, and shows it on the timeline', async () => {
    const harness = use();
    const title = `Browser-logged training for educators ${Date.now()}`;
    const page = await harness.page();
    await page.goto(harness.url('/log/hold-training?country=MLT'));
    await page.getByLabel('Date it happened').fill('2024-11-20');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Audience').selectOption('educators');
    await page.getByLabel('Format').selectOption('workshop');
    await page.getByLabel('Participants').fill('30');
    await page.getByLabel('Partners').fill('Ministry of Education\nUniversity of Malta');
    await page.getByRole('button', { name: 'Hold a training' }).dblclick();
    const timelineLink = page.locator('#form-success').getByRole('link', { name: 'See it on the timeline' });
    const eventId = (await timelineLink.getAttribute('href'))?.split('#event-')[1];
    const replayed = await page.evaluate(
      async ({ key, body, csrf }) => {
        const response = await fetch('/api/countries/MLT/hold-training', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'Idempotency-Key': key,
            'X-CSRF-Token': csrf,
          },
          body: JSON.stringify(body),
        });
        return { status: response.status, eventId: ((await response.json()) as { eventId: string }).eventId };
      },
      {
        key: (await page.locator('form[data-command]').getAttribute('data-idempotency-key'))!,
        csrf: await harness.csrfToken(page),
        body: {
          date: '2024-11-20',
          title,
          audience: 'educators',
          format: 'workshop',
          participants: 30,
          partners: ['Ministry of Education', 'University of Malta'],
        },
      },
    );
    expect(replayed.eventId).toBe(eventId);
    await timelineLink.click();
    await page.waitForURL('**/country/MLT#event-*');

    const shown = page.locator('.timeline > li', { hasText: title });
    expect(await shown.count()).toBe(1);
    expect(await shown.locator('.recorded').textContent()).toContain(`Recorded by ${BROWSER_USER.name}`);
    const logged = (await harness.timeline('MLT')).filter((entry) => (entry.data as { title?: string }).title === title);
    expect(logged).toHaveLength(1);
    expect(logged[0].data).toMatchObject({ participants: 30, partners: ['Ministry of Education', 'University of Malta'] });
  });

  it('shows server validation errors next to the fields and logs nothing', async () => {
    const harness = use();
    const before = (await harness.timeline('MLT')).length;
    const page = await harness.page(VIEWPORTS.phone);
    await page.goto(harness.url('/log/hold-training?country=MLT'));
    await page.getByLabel('Date it happened').fill('2024-11-20');
    await page.getByLabel('Participants').fill('0');
    await page.getByRole('button', { name: 'Hold a training' }).click();
    const titleError = page.locator('[data-error-for="title"]');
    await titleError.filter({ hasText: /title/ }).waitFor();
    expect(await page.locator('[data-error-for="audience"]').textContent()).toMatch(/audience/);
    expect(await page.locator('[data-error-for="participants"]').textContent()).toMatch(/participants/);
    expect(await page.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#form-summary').isVisible()).toBe(true);
    await harness.screenshot(page, 'log-form-errors-360');

    await page.getByLabel('Date it happened').fill('2099-01-01');
    await page.getByLabel('Title').fill('Not yet held');
    await page.getByLabel('Audience').selectOption('police');
    await page.getByLabel('Participants').fill('');
    await page.getByRole('button', { name: 'Hold a training' }).click();
    await page.locator('[data-error-for="date"]').filter({ hasText: /in the future/ }).waitFor();
    expect(await titleError.textContent()).toBe('');
    expect((await harness.timeline('MLT')).length).toBe(before);
  });

  it('reads the quarterly report in the page and downloads it as a Word file', async () => {
    const harness = use();
    const page = await harness.page();
    await page.goto(harness.url('/reports?year=2024&quarter=4'));
    await page.frameLocator('#report-frame').locator('body', { hasText: 'Malta' }).waitFor();
    await harness.screenshot(page, 'reports-1920');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-format="docx"]').click()]);
    expect(download.suggestedFilename()).toMatch(/2024-Q4\.docx$/);
    const file = readFileSync((await download.path())!);
    expect(file.length).toBeGreaterThan(1000);
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
