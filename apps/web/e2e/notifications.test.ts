// @vitest-environment node
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { announcements, apiFrom, browserSession, checkPage, CHROMIUM, DEMO_ENTRY, explainFailure, hasChromium, LONG, recordAnnouncements } from './browser';

const SECTION = 'Patient involvement and teamwork';

if (!hasChromium) console.warn(`Skipping the notifications browser test: ${CHROMIUM} is not installed.`);

describe.skipIf(!hasChromium)('notifications in Chromium, against the real server', { timeout: 120_000 }, () => {
  const session = browserSession();
  const logIn = async (email: string): Promise<Page> => (await session.logIn(email)).page;
  const unread = async (page: Page) => Number((await page.getByTestId('notifications-button').textContent())!.match(/(\d+) unread/)?.[1] ?? 0);

  it('a mention typed with @ reaches the other person live in the header, and takes them to the thread', async () => {
    const medic = await logIn('medic@demo.quorum.test');
    const nurse = await logIn('nurse@demo.quorum.test');
    await expect.poll(() => medic.getByTestId('notifications-button').textContent(), LONG).toMatch(/^Notifications/);
    const before = await unread(medic);

    // The nurse types @Sun in a comment: the members are offered; Enter picks Dr Sunil Mehta.
    await nurse.getByRole('link', { name: DEMO_ENTRY }).click();
    await nurse.getByRole('link', { name: SECTION, exact: true }).click();
    await expect.poll(() => nurse.locator('#section-title').textContent(), LONG).toBe(SECTION);
    await nurse.locator('#section-text').waitFor(LONG);
    await explainFailure({ nurse }, '90-mention-opening', () => nurse.getByRole('button', { name: 'Add a comment' }).click(LONG));
    const field = nurse.getByRole('combobox', { name: 'Your comment' });
    await field.click();
    await field.pressSequentially('Could you check the figures, @Sun', { delay: 5 });
    await expect.poll(() => nurse.getByRole('option').allTextContents(), LONG).toEqual(['Dr Sunil Mehta (medic)']);
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    await checkPage(nurse, '90-mention-list');
    await field.press('Enter');
    expect(await field.inputValue()).toBe('Could you check the figures, @Dr Sunil Mehta ');
    await nurse.getByRole('button', { name: 'Add comment', exact: true }).click();
    await expect.poll(() => nurse.getByTestId('announcer').textContent(), LONG).toBe('Your comment has been added.');

    // The medic's header counts it without a reload, in the link's name, and says so politely.
    await expect.poll(() => unread(medic), LONG).toBe(before + 1);
    await expect.poll(() => medic.getByTestId('announcer').textContent(), LONG).toMatch(/^New notification: .*Grace Mensah/);
    await medic.getByRole('link', { name: `Notifications ${before + 1} unread` }).click();
    const first = medic.getByRole('list', { name: 'Your notifications' }).getByRole('listitem').first();
    await expect.poll(() => first.textContent(), LONG).toContain('Grace Mensah');
    await checkPage(medic, '91-notifications');
    await first.getByRole('button', { name: /^Mark as read/ }).click();
    await expect.poll(() => unread(medic), LONG).toBe(before);
    await first.getByRole('link').click();
    await expect.poll(() => medic.url(), LONG).toMatch(/\/entries\/[^/]+\/sections\/[^/#]+#comment-/);
    // It lands on the comment that mentions him, focused, so the keyboard and a screen reader start there.
    await expect.poll(() => medic.evaluate(() => document.activeElement?.id ?? ''), LONG).toMatch(/^comment-/);
    expect(await medic.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Grace Mensah');
  });

  it('the patient representative is told live when the lead comments on her suggestion and accepts her suggestions (once for both), and each link takes her there', async () => {
    const TITLE = 'Spreading the success';
    type Found = { data: { entries: { nodes: { id: string; sections: { id: string; title: string; version: number }[] }[] } } };
    const lead = await logIn('lead@demo.quorum.test');
    const found = async () => (await apiFrom<Found>(lead, '{ entries(first: 10) { nodes { id sections { id title version } } } }')).data.entries.nodes[0];
    const entry = await found();
    const section = entry.sections.find((s) => s.title === TITLE)!;
    const written = await apiFrom(lead, 'mutation($i: ReplaceSectionContentInput!) { replaceSectionContent(input: $i) { section { id } } }', {
      i: { sectionId: section.id, markdown: 'Two trusts adopted the checklist.', baseVersion: section.version },
    });
    expect(written.errors).toBeUndefined();
    const sectionPath = `/entries/${entry.id}/sections/${section.id}`;

    // She suggests twice: words before and after the sentence.
    const patient = await logIn('patient@demo.quorum.test');
    await expect.poll(() => patient.getByTestId('notifications-button').textContent(), LONG).toMatch(/^Notifications/);
    const before = await unread(patient);
    await patient.goto(`${session.app.url}${sectionPath}`);
    const text = patient.locator('#section-text');
    await text.waitFor(LONG);
    await text.locator('p', { hasText: 'Two trusts' }).click();
    await patient.keyboard.press('End');
    await patient.keyboard.type(' Both kept it.', { delay: 10 });
    await patient.keyboard.press('Home');
    await patient.keyboard.type('By 2024, ', { delay: 10 });
    await explainFailure({ patient }, 'patient-suggests-twice', async () => {
      await expect.poll(() => text.locator('ins').allTextContents(), LONG).toEqual(['By 2024, ', ' Both kept it.']);
      await expect.poll(() => patient.getByTestId('save-status').textContent(), LONG).toBe('All changes saved');
    });

    // The lead (through the API, as another tool of hers would) comments on one, then accepts all of them.
    await recordAnnouncements(patient);
    type Listed = { data: { section: { suggestions: { nodes: { id: string; insertedText: string }[] } } } };
    const listed = await apiFrom<Listed>(lead, 'query($id: ID!) { section(id: $id) { suggestions { nodes { id insertedText } } } }', { id: section.id });
    expect(listed.data.section.suggestions.nodes.map((n) => n.insertedText)).toEqual(['By 2024, ', ' Both kept it.']);
    const comment = await apiFrom<{ data: { addComment: { comment: { id: string } } } }>(lead, 'mutation($i: AddCommentInput!) { addComment(input: $i) { comment { id } } }', {
      i: { sectionId: section.id, body: 'Which year did the second trust start?', anchor: { quote: 'Both kept it.' } },
    });
    const threadId = comment.data.addComment.comment.id;
    await expect.poll(() => unread(patient), LONG).toBe(before + 1);
    // Said among what the comment brings (the comments panel says "New comment from …" too, in either order).
    await expect.poll(() => announcements(patient), LONG).toContain(`New notification: Amara Okafor commented on your suggestion in “${TITLE}”.`);
    const accepted = await apiFrom(lead, 'mutation($i: ResolveSuggestionsInput!) { acceptSuggestions(input: $i) { suggestionIds } }', { i: { sectionId: section.id } });
    expect(accepted.data.acceptSuggestions.suggestionIds).toHaveLength(2);
    await expect.poll(() => unread(patient), LONG).toBe(before + 2);

    // Her notifications page: one for the comment, one for both acceptances, newest first.
    await patient.getByRole('link', { name: `Notifications ${before + 2} unread` }).click();
    const items = patient.getByRole('list', { name: 'Your notifications' }).getByRole('listitem');
    await expect.poll(() => items.count(), LONG).toBe(before + 2);
    expect(await items.nth(0).getByRole('link').textContent()).toBe(`Amara Okafor accepted 2 of your suggestions in “${TITLE}”.`);
    expect(await items.nth(1).getByRole('link').textContent()).toBe(`Amara Okafor commented on your suggestion in “${TITLE}”.`);
    await checkPage(patient, '92-suggestion-notifications');

    // The comment's link lands on its thread, which takes focus.
    await items.nth(1).getByRole('link').click();
    await expect.poll(() => patient.url(), LONG).toBe(`${session.app.url}${sectionPath}#thread-${threadId}`);
    await explainFailure({ patient }, 'suggestion-thread-focused', () => expect.poll(() => patient.evaluate(() => document.activeElement?.id), LONG).toBe(`thread-${threadId}`));
    expect(await patient.locator(`#thread-${threadId}`).textContent()).toContain('Which year did the second trust start?');
    // The acceptance's link: the section, whose text now holds her words.
    await patient.goBack();
    await items.nth(0).getByRole('link').click();
    await expect.poll(() => patient.url(), LONG).toBe(`${session.app.url}${sectionPath}`);
    await expect.poll(() => patient.locator('#section-title').textContent(), LONG).toBe(TITLE);
    await expect.poll(() => patient.locator('#section-text').textContent(), LONG).toBe('By 2024, Two trusts adopted the checklist. Both kept it.');
  });
});
