// @vitest-environment node
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, checkPage as check, CHROMIUM, DEMO_ENTRY, DEMO_PASSWORD, hasChromium, screenshot } from './browser';

if (!hasChromium) {
  console.warn(`Skipping the browser end-to-end tests: ${CHROMIUM} is not installed (on Debian: apt-get install chromium).`);
}

describe.skipIf(!hasChromium)('Quorum in Chromium, against the real server', { timeout: 120_000 }, () => {
  const session = browserSession();

  const heading = (page: Page) => page.locator('h1');

  it('the lead logs in, opens the demo entry, and invites someone who signs up and joins', async () => {
    const lead = await (await session.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    // Everything the app loads comes from Quorum itself: no web font or script from a third party,
    // which a trust's network may block (leaving the page waiting) and which would see who uses it.
    const elsewhere: string[] = [];
    lead.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(session.app.url) && !url.startsWith('data:') && !url.startsWith('blob:')) elsewhere.push(url);
    });
    await lead.goto(`${session.app.url}/`);
    await expect.poll(() => lead.url()).toContain('/log-in');
    await check(lead, '01-log-in');

    await lead.getByRole('button', { name: 'Log in', exact: true }).click();
    await expect.poll(() => lead.locator('.nhsuk-error-summary').isVisible()).toBe(true);
    await check(lead, '02-log-in-errors');

    await lead.getByLabel('Email address').fill('lead@demo.quorum.test');
    await lead.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await lead.getByRole('button', { name: 'Log in', exact: true }).click();
    await expect.poll(() => heading(lead).textContent()).toBe('Your entries');
    await expect.poll(() => lead.getByTestId('connection-status').textContent()).toContain('Connected');
    await check(lead, '03-dashboard');

    await lead.getByRole('link', { name: 'Start a new entry' }).click();
    await expect.poll(() => heading(lead).textContent()).toBe('Start a new entry');
    await lead.getByLabel('Working title').fill('Safer maternity care for Black women in Leeds');
    await check(lead, '03-new-entry');
    await lead.getByRole('button', { name: 'Start entry' }).click();
    await expect.poll(() => heading(lead).textContent()).toContain('Safer maternity care for Black women in Leeds');
    await lead.getByRole('link', { name: 'Your entries' }).first().click();

    await lead.getByRole('link', { name: DEMO_ENTRY }).click();
    await expect.poll(() => heading(lead).textContent()).toContain(DEMO_ENTRY);
    // Focus follows the move to a new page: on an entry, to the section's heading, just above its text.
    await expect.poll(() => lead.evaluate(() => document.activeElement?.id)).toBe('section-heading');
    expect(await lead.getByTestId('section-criteria').textContent()).toContain('Identify the need for improvement in care');
    await check(lead, '04-entry');

    // 320 pixels wide, as a 1280-pixel screen zoomed to 400%: nothing scrolls sideways, and the
    // entry's tabs wrap onto a second line rather than running off the side (WCAG 1.4.10).
    await lead.setViewportSize({ width: 320, height: 800 });
    await expect.poll(() => lead.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const tabs = lead.getByRole('navigation', { name: 'Entry' }).getByRole('link');
    expect(await tabs.allTextContents()).toEqual(['Sections', 'Whole entry', 'Evidence', 'Team', 'Activity', 'Export']);
    for (const right of await tabs.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().right))) expect(right).toBeLessThanOrEqual(320);
    await check(lead, '04-entry-320-wide');
    await lead.setViewportSize({ width: 1280, height: 900 });

    await lead.getByRole('link', { name: 'Impact on patient safety' }).click();
    await expect.poll(() => lead.evaluate(() => document.activeElement?.textContent)).toContain('Impact on patient safety');
    await check(lead, '05-entry-section');

    await lead.getByRole('link', { name: 'Team', exact: true }).click();
    await expect.poll(() => lead.locator('h2', { hasText: 'Invite someone' }).isVisible()).toBe(true);
    await check(lead, '06-team');
    // The team's table narrows to fit 320 pixels too, the email addresses wrapping.
    await lead.setViewportSize({ width: 320, height: 800 });
    await expect.poll(() => lead.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await lead.setViewportSize({ width: 1280, height: 900 });

    await lead.getByLabel('Email address').fill('new.nurse@example.nhs.uk');
    await lead.getByLabel('Role in this entry').selectOption('NURSE');
    await lead.getByRole('button', { name: 'Create invitation link' }).click();
    const link = lead.getByLabel('Invitation link');
    await expect.poll(() => link.isVisible()).toBe(true);
    const inviteUrl = await link.inputValue();
    expect(inviteUrl).toMatch(new RegExp(`^${session.app.url}/invitations/`));
    await expect.poll(() => lead.locator('table', { hasText: 'new.nurse@example.nhs.uk' }).isVisible()).toBe(true);
    await check(lead, '07-team-invited');

    // The last lead cannot step down: the server's refusal shows in the error summary.
    await lead.getByRole('button', { name: 'Change role of Amara Okafor' }).click();
    await lead.getByLabel('Role of Amara Okafor').selectOption('MANAGER');
    await lead.getByRole('button', { name: 'Save role of Amara Okafor' }).click();
    await expect.poll(() => lead.locator('.nhsuk-error-summary').textContent()).toContain('An entry must keep at least one lead');
    await check(lead, '08-team-error');
    expect(elsewhere).toEqual([]);

    // The invitee, in a browser of their own.
    const invitee = await (await session.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await invitee.goto(inviteUrl);
    await expect.poll(() => heading(invitee).textContent()).toContain(DEMO_ENTRY);
    await check(invitee, '09-invitation-mobile');

    await invitee.getByRole('link', { name: 'Create an account' }).click();
    await expect.poll(() => invitee.getByLabel('Email address').inputValue()).toBe('new.nurse@example.nhs.uk');
    await invitee.getByLabel('Your name').fill('Nia Adeyemi');
    await invitee.getByLabel('Create a password').fill('a long enough password');
    await check(invitee, '10-sign-up-mobile');
    await invitee.getByRole('button', { name: 'Create account' }).click();
    await invitee.getByRole('button', { name: 'Accept and join the team' }).click();
    await expect.poll(() => heading(invitee).textContent()).toContain(DEMO_ENTRY);
    expect(await invitee.locator('.app-entry-meta').textContent()).toContain('Your role: Nurse');
    await check(invitee, '11-entry-mobile');

    // A nurse sees the team, without the lead's controls.
    await invitee.getByRole('link', { name: 'Team', exact: true }).click();
    await expect.poll(() => invitee.locator('table', { hasText: 'Nia Adeyemi (you)' }).isVisible()).toBe(true);
    expect(await invitee.locator('select').count()).toBe(0);
    expect(await invitee.getByRole('heading', { name: 'Invite someone' }).count()).toBe(0);

    await invitee.getByRole('button', { name: 'Log out' }).click();
    await expect.poll(() => heading(invitee).textContent()).toBe('Log in');
  });

  it('shows the connection state in the header: offline, then connected again', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${session.app.url}/log-in`);
    const status = page.getByTestId('connection-status');
    await expect.poll(() => status.textContent()).toContain('Connected');
    await context.setOffline(true);
    await expect.poll(() => status.textContent()).toContain('Offline');
    await screenshot(page, '12-offline');
    await context.setOffline(false);
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('Connected');
  });
});
