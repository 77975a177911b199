import type { Page } from 'playwright-core';
import { MILESTONE_FORMS } from '../../src/web/milestone-forms';
import { describeInBrowser, VIEWPORTS } from './browser-harness';

jest.setTimeout(120_000);

const horizontalOverflow = (page: Page) => page.locator('html').evaluate((root) => root.scrollWidth - root.clientWidth);

const focusedText = (page: Page) => page.locator(':focus').textContent();

describeInBrowser('keyboard use and small screens in a real browser', (use) => {
  it('labels every form field and can be submitted with the keyboard alone', async () => {
    const harness = use();
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
    const harness = use();
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
});
