// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestProvider, type TestProvider } from '../../server/src/test-support/oidc-provider';
import { apiFrom, checkPage, CHROMIUM, hasChromium, launchChromium, LONG } from './browser';
import { startApp, type RunningApp } from './server';

if (!hasChromium) console.warn(`Skipping the single sign-on browser test: ${CHROMIUM} is not installed.`);

describe.skipIf(!hasChromium)('single sign-on in Chromium, through a real OpenID Connect provider', { timeout: 120_000 }, () => {
  let provider: TestProvider;
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    provider = await startTestProvider();
    [app, browser] = await Promise.all([startApp({ ...provider.env, QUORUM_OIDC_ALLOWED_DOMAINS: 'nhs.net' }), launchChromium()]);
    provider.registerClient(app.url);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await provider?.stop();
  });

  it('a person with no account clicks “Sign in with NHSmail” on the log-in page and arrives signed in, their account made', async () => {
    provider.signInAs({ sub: 'entra-object-id-1', email: 'Kofi.Boateng@nhs.net', name: 'Kofi Boateng' });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${app.url}/log-in`);
    const button = page.getByRole('link', { name: 'Sign in with NHSmail' });
    await button.waitFor(LONG);
    // Beside the password form (QUORUM_PASSWORD_LOGIN is on by default).
    expect(await page.getByLabel('Password', { exact: true }).isVisible()).toBe(true);
    await checkPage(page, '90-log-in-with-single-sign-on');

    await button.click();
    // To the provider and back through /auth/sso/callback, to the dashboard.
    await expect.poll(() => page.locator('h1').textContent(), LONG).toBe('Your entries');
    expect(new URL(page.url()).pathname).toBe('/');
    const { data } = await apiFrom<{ data: { me: { email: string; name: string; signOffConfirmation: string } } }>(page, '{ me { email name signOffConfirmation } }');
    expect(data.me).toEqual({ email: 'kofi.boateng@nhs.net', name: 'Kofi Boateng', signOffConfirmation: 'SINGLE_SIGN_ON' });
    expect(provider.logInPrompts).toBe(1);
    await context.close();
  });
});
