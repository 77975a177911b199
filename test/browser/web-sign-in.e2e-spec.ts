import { BROWSER_USER, describeInBrowser } from './browser-harness';

jest.setTimeout(120_000);

describeInBrowser('signing in, CSRF and the audit page in a real browser', (use) => {
  it('sends a visitor without a session to the sign-in page and back to the page asked for', async () => {
    const harness = use();
    const page = await harness.page(undefined, false);
    await page.goto(harness.url('/country/MLT'));
    expect(new URL(page.url()).pathname).toBe('/signin');
    await page.getByLabel('User name').fill(BROWSER_USER.name);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('user name or password is wrong');
    await page.getByLabel('Password').fill(BROWSER_USER.password);
    await Promise.all([page.waitForURL(harness.url('/country/MLT')), page.getByRole('button', { name: 'Sign in' }).click()]);
    expect(await page.locator('h1').textContent()).toBe('Malta');
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'ta_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  });

  it('refuses a write from the signed-in browser without the CSRF token, and accepts it with the token', async () => {
    const harness = use();
    const page = await harness.page();
    await page.goto(harness.url('/country/MLT'));
    const statuses = await page.evaluate(async (token) => {
      const send = (headers: Record<string, string>) =>
        fetch('/api/countries/MLT/hold-event', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: JSON.stringify({ date: '2024-11-05', title: 'CSRF check seminar', kind: 'seminar', role: 'organised' }),
        }).then((response) => response.status);
      return [await send({}), await send({ 'X-CSRF-Token': 'forged' }), await send({ 'X-CSRF-Token': token })];
    }, await harness.csrfToken(page));
    expect(statuses).toEqual([403, 403, 201]);
  });

  it('shows managers the audit trail with the signed-in user as the author, and signs out', async () => {
    const harness = use();
    const page = await harness.page();
    await page.goto(harness.url(`/audit-trail?country=MLT&actor=${BROWSER_USER.name}`));
    const rows = page.locator('.audit-list tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().textContent()).toContain('EventHeld');
    await harness.screenshot(page, 'audit-1920');
    await page.getByRole('link', { name: 'Sign out' }).click();
    await Promise.all([page.waitForURL('**/signin'), page.getByRole('button', { name: 'Sign out' }).click()]);
    await page.goto(harness.url('/'));
    expect(new URL(page.url()).pathname).toBe('/signin');
  });
});
