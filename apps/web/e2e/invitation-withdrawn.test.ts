// @vitest-environment node
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, CHROMIUM, DEMO_ENTRY, hasChromium, LONG, screenshot, wcagViolations } from './browser';

if (!hasChromium) console.warn(`Skipping the withdrawn invitation browser test: ${CHROMIUM} is not installed.`);

// Issue 12: a withdrawn invitation's link no longer works, for the person it was sent to.
describe.skipIf(!hasChromium)('a withdrawn invitation in Chromium, against the real server', { timeout: 120_000 }, () => {
  const session = browserSession();
  const heading = (page: Page) => page.locator('h1');
  const EMAIL = 'withdrawn.nurse@example.nhs.uk';

  it('the lead withdraws an invitation: its link, which worked, then says it does not work and why', async () => {
    const { page: lead } = await session.logIn('lead@demo.quorum.test');
    await lead.getByRole('link', { name: DEMO_ENTRY }).click();
    await lead.getByRole('link', { name: 'Team', exact: true }).click();
    await expect.poll(() => lead.locator('h2', { hasText: 'Invite someone' }).isVisible(), LONG).toBe(true);
    await lead.getByLabel('Email address').fill(EMAIL);
    await lead.getByLabel('Role in this entry').selectOption('NURSE');
    await lead.getByRole('button', { name: 'Create invitation link' }).click();
    const link = lead.getByLabel('Invitation link');
    await expect.poll(() => link.isVisible(), LONG).toBe(true);
    const inviteUrl = await link.inputValue();

    // The invitee, in a browser of their own: the link works.
    const invitee = await (await session.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await invitee.goto(inviteUrl);
    await expect.poll(() => heading(invitee).textContent(), LONG).toContain(`Join “${DEMO_ENTRY}”`);
    expect(await invitee.locator('main').textContent()).toContain(DEMO_ENTRY);

    // The lead withdraws it.
    await lead.getByRole('button', { name: `Withdraw the invitation to ${EMAIL}` }).click();
    await expect.poll(() => lead.getByTestId('invitation-message').textContent(), LONG).toBe(`The invitation to ${EMAIL} has been withdrawn. Its link no longer works.`);
    await expect.poll(() => lead.locator('table', { hasText: EMAIL }).count(), LONG).toBe(0);

    // The same link now says it does not work, and why; nothing offers to join.
    await invitee.goto(inviteUrl);
    await expect.poll(() => heading(invitee).textContent(), LONG).toContain('This invitation link does not work');
    const main = await invitee.locator('main').textContent();
    expect(main).toContain('The lead of the entry has withdrawn this invitation');
    expect(main).not.toContain(DEMO_ENTRY);
    expect(await invitee.getByRole('button', { name: /Accept/ }).count()).toBe(0);
    expect(await invitee.getByRole('link', { name: 'Create an account' }).count()).toBe(0);
    await invitee.waitForLoadState('networkidle');
    expect(await wcagViolations(invitee), 'axe on the withdrawn invitation').toEqual([]);
    await screenshot(invitee, '92-invitation-withdrawn-mobile');

    // Nor does the API show it, to anyone who tries the token.
    const previewed = await invitee.evaluate(async (token) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($t: String!) { invitation(token: $t) { email } }', variables: { t: token } }),
      });
      return (await response.json()) as { errors?: { extensions: { code: string; reason?: string } }[] };
    }, inviteUrl.split('/invitations/')[1]);
    expect(previewed.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'WITHDRAWN' });
    await invitee.context().close();
  });
});
