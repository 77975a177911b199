import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { CountrySummary as CountrySummaryView, CountryTimelineView } from '../../src/web/web-api.client';
import { MILESTONE_FORMS } from '../../src/web/milestone-forms';
import { COUNTRY_STAGES, STAGE_COLOURS } from '../../src/web/stage-display';
import { BrowserHarness, CHROMIUM_PATH, chromiumIsInstalled, VIEWPORTS } from './browser-harness';

jest.setTimeout(120_000);

const timelineOf = (harness: BrowserHarness, code: string) =>
  harness.api<CountryTimelineView>(`/countries/${code}/timeline`).then((timeline) => timeline.entries);

const horizontalOverflow = (page: Page) => page.locator('html').evaluate((root) => root.scrollWidth - root.clientWidth);

const focusedText = (page: Page) => page.locator(':focus').textContent();

if (!chromiumIsInstalled()) {
  describe('web app in a real browser', () => {
    it(`is not run: ${CHROMIUM_PATH} is missing`, () => {
      console.warn(`SKIPPED the browser tests: ${CHROMIUM_PATH} is not installed (apt-get install -y chromium)`);
      expect(chromiumIsInstalled()).toBe(false);
    });
  });
} else {
  describe('web app in a real browser', () => {
    let harness: BrowserHarness;

    beforeAll(async () => {
      harness = await BrowserHarness.start();
    });

    afterAll(async () => {
      await harness?.stop();
    });

    it('shows the demo countries on the dashboard map, coloured by stage, with counts per stage', async () => {
      const countries = await harness.api<CountrySummaryView[]>('/countries');
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
      const page = await harness.page();
      await page.goto(harness.url('/'));
      await page.getByLabel('ITU region').selectOption('AMS');
      await page.getByLabel('Stage', { exact: true }).selectOption('framework-drafted');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL('**/?region=AMS&stage=framework-drafted');
      const expected = (await harness.api<CountrySummaryView[]>('/countries?region=AMS&stage=framework-drafted')).map((c) => c.code);
      expect(expected).toEqual(expect.arrayContaining(['BHS', 'SUR']));
      expect(await page.$$eval('.country-list tbody tr', (rows) => rows.map((row) => row.getAttribute('data-country')))).toEqual(expected);
    });

    it('opens a country from the list and shows its status and timeline in business-date order', async () => {
      const entries = await timelineOf(harness, 'MLT');
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
      const title = `Browser-logged training for educators ${Date.now()}`;
      const page = await harness.page();
      await page.goto(harness.url('/log/hold-training?country=MLT'));
      await page.getByLabel('Your name').fill('Browser Officer');
      await page.getByLabel('Date it happened').fill('2024-11-20');
      await page.getByLabel('Title').fill(title);
      await page.getByLabel('Audience').selectOption('educators');
      await page.getByLabel('Format').selectOption('workshop');
      await page.getByLabel('Participants').fill('30');
      await page.getByLabel('Partners').fill('Ministry of Education\nUniversity of Malta');
      await page.getByRole('button', { name: 'Hold a training' }).dblclick();
      await page.locator('#form-success').getByRole('link', { name: 'See it on the timeline' }).click();
      await page.waitForURL('**/country/MLT#event-*');

      const shown = page.locator('.timeline > li', { hasText: title });
      expect(await shown.count()).toBe(1);
      expect(await shown.locator('.recorded').textContent()).toContain('Recorded by Browser Officer');
      const logged = (await timelineOf(harness, 'MLT')).filter((entry) => (entry.data as { title?: string }).title === title);
      expect(logged).toHaveLength(1);
      expect(logged[0].data).toMatchObject({ participants: 30, partners: ['Ministry of Education', 'University of Malta'] });
    });

    it('shows server validation errors next to the fields and logs nothing', async () => {
      const before = (await timelineOf(harness, 'MLT')).length;
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
      expect((await timelineOf(harness, 'MLT')).length).toBe(before);
    });

    it('logs a regional activity once and shows it on every participating country\'s timeline', async () => {
      const title = `Regional COP workshop ${Date.now()}`;
      const page = await harness.page();
      await page.goto(harness.url('/log/regional-activity'));
      await page.getByLabel('Participating countries').selectOption(['KEN', 'GHA']);
      await page.getByLabel('Date it happened').fill('2024-12-02');
      await page.getByLabel('Kind of activity').selectOption('workshop');
      await page.getByLabel('Title').fill(title);
      await page.getByLabel('Host country').selectOption('KEN');
      await page.getByLabel('Participants').fill('200');
      await page.getByRole('button', { name: 'Hold a regional activity' }).click();
      await page.locator('#form-success').getByRole('link', { name: 'See it on the timeline' }).click();
      await page.waitForURL('**/country/KEN#event-*');
      expect(await page.locator('.timeline > li', { hasText: title }).count()).toBe(1);
      const ghana = await timelineOf(harness, 'GHA');
      expect(ghana.filter((entry) => (entry.data as { title?: string }).title === title)).toHaveLength(1);
    });

    it('corrects and retracts milestones through the forms and shows both with their reasons', async () => {
      const page = await harness.page();
      await page.goto(harness.url('/country/AND'));
      const entry = page.locator('.timeline > li').first();
      await entry.getByRole('link', { name: /^Correct/ }).click();
      await page.getByLabel('Date it happened').fill('2024-10-16');
      await page.getByLabel('Reason').fill('The mission report gives the 16th');
      await page.getByRole('button', { name: 'Correct a milestone' }).click();
      await page.locator('#form-success').getByRole('link', { name: 'See it on the timeline' }).click();
      await page.waitForURL('**/country/AND#event-*');
      const corrected = page.locator('.timeline > li', { has: page.locator('.badge.corrected') });
      expect(await corrected.locator('.amendment').textContent()).toContain('The mission report gives the 16th');
      expect(await corrected.locator('.when').textContent()).toBe('2024-10-16');

      await corrected.getByRole('link', { name: /^Retract/ }).click();
      await page.getByLabel('Reason').fill('Logged for the wrong country');
      await page.getByRole('button', { name: 'Retract a milestone' }).click();
      await page.locator('#form-success').getByRole('link', { name: 'See it on the timeline' }).click();
      await page.waitForURL('**/country/AND#event-*');
      const retracted = page.locator('.timeline > li.retracted');
      expect(await retracted.locator('.amendment.retraction').textContent()).toContain('Logged for the wrong country');
      await harness.screenshot(page, 'country-corrections-1920');
    });

    it('reads the quarterly report in the page and downloads it as a Word file', async () => {
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

    it('labels every form field and can be submitted with the keyboard alone', async () => {
      const page = await harness.page();
      for (const form of MILESTONE_FORMS) {
        await page.goto(harness.url(`/log/${form.command}?country=MLT`));
        const unlabelled = await page.$$eval('main input:not([type=hidden]), main select, main textarea', (fields) =>
          fields.filter((field) => (field as unknown as { labels: ArrayLike<unknown> }).labels.length === 0).map((field) => field.id),
        );
        expect([form.command, unlabelled]).toEqual([form.command, []]);
      }
      await page.goto(harness.url('/log/plan-activity?country=MLT'));
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe('Skip to content');
      await page.getByLabel('Planned for').selectOption({ index: 1 });
      await page.getByLabel('Kind of activity').selectOption('training');
      await page.getByLabel('Title').fill('Keyboard-planned training');
      await page.getByLabel('Note').focus();
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe('Plan an activity');
      await page.keyboard.press('Enter');
      await page.locator('#form-success').filter({ hasText: 'Logged' }).waitFor();
    });

    it('is readable on a 360 px wide screen without sideways scrolling', async () => {
      const page = await harness.page(VIEWPORTS.phone);
      for (const [path, name] of [
        ['/', 'dashboard-360'],
        ['/country/MLT', 'country-360'],
        ['/log/hold-training?country=MLT', 'log-form-360'],
        ['/reports?year=2024&quarter=4', 'reports-360'],
      ]) {
        await page.goto(harness.url(path));
        if (path === '/') await page.locator('svg.world-map').waitFor();
        expect([path, await horizontalOverflow(page)]).toEqual([path, 0]);
        await harness.screenshot(page, name);
      }
    });

    it('runs its scripts without errors', () => {
      expect(harness.pageErrors).toEqual([]);
    });

    it('loads every script, style and map file from the app itself', () => {
      expect(harness.requestedUrls.length).toBeGreaterThan(10);
      expect(harness.requestedUrls.filter((url) => !url.startsWith(harness.baseUrl) && !url.startsWith('data:'))).toEqual([]);
    });
  });
}
