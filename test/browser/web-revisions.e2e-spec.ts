import { describeInBrowser } from './browser-harness';

jest.setTimeout(120_000);

describeInBrowser('regional activities, corrections and retractions in a real browser', (use) => {
  it('logs a regional activity once and shows it on every participating country\'s timeline', async () => {
    const harness = use();
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
    await page.waitForURL(/\/country\/(KEN|GHA)#event-/);
    expect(await page.locator('.timeline > li', { hasText: title }).count()).toBe(1);
    for (const code of ['KEN', 'GHA']) {
      const entries = await harness.timeline(code);
      expect([code, entries.filter((entry) => (entry.data as { title?: string }).title === title).length]).toEqual([code, 1]);
    }
  });

  it('corrects and retracts milestones through the forms and shows both with their reasons', async () => {
    const harness = use();
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
});
