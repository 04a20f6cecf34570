// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { linkIn, TestSmtp } from '../../server/src/test-support/smtp';
import { checkPage, CHROMIUM, hasChromium, launchChromium, LONG } from './browser';
import { startApp, type RunningApp } from './server';

if (!hasChromium) console.warn(`Skipping the email browser test: ${CHROMIUM} is not installed.`);

const EMAIL = 'forgetful.nurse@example.nhs.uk';
const NEW_PASSWORD = 'a quiet heron by the old weir';

describe.skipIf(!hasChromium)('email in Chromium, through a real SMTP server', { timeout: 120_000 }, () => {
  let smtp: TestSmtp;
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    [app, browser] = await Promise.all([startApp({ QUORUM_SMTP_URL: smtp.url, QUORUM_MAIL_FROM: 'Quorum <quorum@example.nhs.uk>', QUORUM_MAIL_POLL_MS: '50' }), launchChromium()]);
    const signedUp = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }',
        variables: { input: { email: EMAIL, name: 'Grace Mensah', password: 'the first password she forgot' } },
      }),
    });
    expect(((await signedUp.json()) as { errors?: unknown }).errors).toBeUndefined();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await smtp?.stop();
  });

  it('“Forgot your password?” emails a link; the link sets a new password once; then she logs in and chooses her emails', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${app.url}/log-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect.poll(() => page.locator('h1').textContent(), LONG).toBe('Reset your password');
    await page.getByLabel('Email address').fill(EMAIL);
    await page.getByRole('button', { name: 'Send me a reset link' }).click();
    await expect.poll(() => page.locator('h1').textContent(), LONG).toBe('Check your email');
    await checkPage(page, '95-reset-requested');

    const [mail] = await smtp.waitFor(EMAIL, 1, 20_000);
    await page.goto(linkIn(mail, `${app.url}/reset-password/`));
    await expect.poll(() => page.locator('h1').textContent(), LONG).toBe('Choose a new password');
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => page.locator('h1').textContent(), LONG).toBe('Your password has been changed');
    await checkPage(page, '96-password-changed');

    await page.getByRole('main').getByRole('link', { name: 'Log in' }).click();
    await page.getByLabel('Email address').fill(EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent(), LONG).toBe('Your entries');

    await page.getByRole('link', { name: 'Your account' }).click();
    await expect.poll(() => page.locator('h1').textContent(), LONG).toBe('Your account');
    const mentions = page.getByRole('group', { name: 'Someone mentions you in a comment' });
    await mentions.getByLabel('Never').click();
    expect(await mentions.getByLabel('Never').isChecked()).toBe(true);
    await expect.poll(() => page.getByTestId('announcer').textContent(), LONG).toContain('Saved');
    await checkPage(page, '97-account-emails');
    await context.close();
  });
});
