// @vitest-environment node
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, screenshot, seriousViolations } from './browser';
import { startApp, type RunningApp } from './server';

const DEMO_PASSWORD = 'quorum-demo-2026';
const DEMO_ENTRY = 'Closing the gap in sepsis recognition for minority ethnic patients';

const BAD_CSV = ['period,ethnic_code,numerator,denominator', '2023-Q1,A,120,200', '2023-Q1,X,10,20', '2023-Q1,N,30,20'].join('\n');
const GOOD_CSV = [
  'period,ethnic_code,numerator,denominator',
  '2023-Q1,A,120,200',
  '2023-Q1,N,40,100',
  '2023-Q1,H,3,30',
  '2023-Q2,A,130,200',
  '2023-Q2,N,52,100',
  '2023-Q2,H,12,30',
  '2023-Q3,A,140,200',
  '2023-Q3,N,65,100',
  '2023-Q3,H,15,30',
].join('\n');

describe.skipIf(!hasChromium)('evidence in Chromium, against the real server', { timeout: 120_000 }, () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function check(page: Page, name: string) {
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
    await screenshot(page, name);
  }

  it('the lead adds a metric, imports values (a bad file first), reads the results and adds a testimonial', async () => {
    const lead = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await lead.goto(`${app.url}/log-in`);
    await lead.getByLabel('Email address').fill('lead@demo.quorum.test');
    await lead.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await lead.getByRole('button', { name: 'Log in', exact: true }).click();
    await lead.getByRole('link', { name: DEMO_ENTRY }).click();
    await lead.getByRole('link', { name: 'Evidence', exact: true }).click();
    await expect.poll(() => lead.locator('h2', { hasText: 'Readiness to submit' }).isVisible()).toBe(true);
    await check(lead, '20-evidence');

    await lead.getByRole('button', { name: 'Add a metric' }).click();
    await lead.getByRole('button', { name: 'Create metric' }).click();
    await expect.poll(() => lead.locator('.nhsuk-error-summary').textContent()).toContain('Enter a short name for the metric');
    await check(lead, '21-new-metric-errors');

    await lead.getByLabel('Name').fill('sepsis screening within one hour');
    await lead.getByLabel('Definition').fill('Adults with suspected sepsis screened within one hour of arrival, out of all adults with suspected sepsis');
    await lead.getByLabel('Proportion').check();
    await lead.getByLabel('Higher is better').check();
    await lead.getByLabel('Data source (optional)').fill('Trust EPR, sepsis audit');
    await lead.getByRole('button', { name: 'Create metric' }).click();
    await expect.poll(() => lead.locator('h2', { hasText: 'sepsis screening within one hour' }).isVisible()).toBe(true);

    await lead.getByLabel('Values as CSV').fill(BAD_CSV);
    await lead.getByRole('button', { name: 'Import values' }).click();
    const summary = lead.locator('.nhsuk-error-summary');
    await expect.poll(() => summary.textContent()).toContain('Line 3');
    expect(await summary.textContent()).toContain('Line 4');
    await check(lead, '22-import-errors');

    await lead.getByLabel('Values as CSV').fill(GOOD_CSV);
    await lead.getByRole('button', { name: 'Import values' }).click();
    await expect.poll(() => lead.getByText('9 values were imported.').isVisible()).toBe(true);
    await expect.poll(() => lead.getByRole('table', { name: /by group/ }).isVisible()).toBe(true);
    expect(await lead.getByRole('table', { name: /gap with .* over time/ }).isVisible()).toBe(true);
    await check(lead, '23-metric-results');

    await lead.getByRole('link', { name: 'All evidence' }).click();
    await lead.getByLabel('Quote').fill('The nurse asked about my symptoms in my own language and I got help fast.');
    await lead.getByLabel('Patient', { exact: true }).check();
    await lead.getByRole('button', { name: 'Add testimonial' }).click();
    await expect.poll(() => lead.getByText('No consent recorded').isVisible()).toBe(true);
    await lead.getByText('Record consent').click();
    await lead.getByRole('button', { name: 'Save consent' }).click();
    await expect.poll(() => lead.getByText('Exportable', { exact: true }).isVisible()).toBe(true);
    await check(lead, '24-evidence-filled');
  });
});
