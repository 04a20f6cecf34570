// @vitest-environment node
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiFrom, browserSession, checkPage, CHROMIUM, DEMO_ENTRY, hasChromium, LONG } from './browser';

const SECTION = 'Patient involvement and teamwork';
const ADD_COMMENT = 'mutation($i: AddCommentInput!) { addComment(input: $i) { comment { id } } }';

if (!hasChromium) console.warn(`Skipping the activity browser tests: ${CHROMIUM} is not installed.`);

describe.skipIf(!hasChromium)('the activity history in Chromium, against the real server', { timeout: 180_000 }, () => {
  const session = browserSession();
  const logIn = async (email: string): Promise<Page> => (await session.logIn(email)).page;

  async function openActivity(page: Page) {
    await page.getByRole('link', { name: DEMO_ENTRY }).click();
    await page.getByRole('navigation', { name: 'Entry' }).getByRole('link', { name: 'Activity' }).click();
    return page.getByTestId('activity-feed');
  }

  it('a nurse sees what the team did before she opened the page, and what happens while it is open; the lead also has the audit log', async () => {
    const lead = await logIn('lead@demo.quorum.test');
    const found = await apiFrom<{ data: { entries: { nodes: { id: string; sections: { id: string; title: string }[] }[] } } }>(lead, '{ entries(first: 10) { nodes { id sections { id title } } } }');
    const entry = found.data.entries.nodes[0];
    const sectionId = entry.sections.find((s) => s.title === SECTION)!.id;
    const added = await apiFrom<{ data: { addComment: { comment: { id: string } } } }>(lead, ADD_COMMENT, {
      i: { sectionId, body: 'Could we say how many of the twelve patient advocates speak a second language?' },
    });
    const thread = added.data.addComment.comment.id;

    // The nurse was not there when it happened: the history shows it all the same.
    const nurse = await logIn('nurse@demo.quorum.test');
    const feed = await openActivity(nurse);
    await expect
      .poll(() => feed.locator('li').first().textContent(), LONG)
      .toContain(`Amara Okafor commented on “${SECTION}”: “Could we say how many of the twelve patient advocates speak a second language?”`);
    expect(await feed.locator('li').last().textContent()).toContain('Amara Okafor started the entry.');
    expect(await feed.locator('li').first().getByRole('link', { name: SECTION }).getAttribute('href')).toBe(`/entries/${entry.id}/sections/${sectionId}`);
    expect(await nurse.getByText('The audit log (lead and managers only)').count()).toBe(0);
    await checkPage(nurse, '47-activity-nurse');

    // While her page is open, the lead replies: it arrives at the top and is announced.
    await apiFrom(lead, 'mutation($i: ReplyToCommentInput!) { replyToComment(input: $i) { comment { id } } }', { i: { commentId: thread, body: 'Answering my own question: seven do.' } });
    await expect.poll(() => feed.locator('li').first().textContent(), LONG).toContain(`Amara Okafor replied to a comment on “${SECTION}”: “Answering my own question: seven do.”`);
    await expect.poll(() => nurse.getByTestId('announcer').textContent(), LONG).toBe(`Amara Okafor replied to a comment on “${SECTION}”.`);
    expect(await feed.locator('li').allTextContents()).toHaveLength(3); // nothing twice

    // The lead's page has the same history, and the audit log folded away below it, with log-ins.
    const leadFeed = await openActivity(lead);
    await expect.poll(() => leadFeed.locator('li').count(), LONG).toBe(3);
    await lead.getByText('The audit log (lead and managers only)').click();
    const log = lead.getByTestId('audit-log');
    await expect.poll(() => log.textContent(), LONG).toContain('Grace Mensah logged in.');
    expect(await leadFeed.textContent()).not.toContain('logged in');
    await checkPage(lead, '48-activity-audit-log');
  });
});
