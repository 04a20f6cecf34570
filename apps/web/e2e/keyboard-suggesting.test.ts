// @vitest-environment node
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiFrom, browserSession, checkPage, CHROMIUM, explainFailure, hasChromium, LONG, openSectionAt, screenshot } from './browser';

const SECTION = 'Patient involvement and teamwork';

if (!hasChromium) console.warn(`Skipping the keyboard suggesting browser tests: ${CHROMIUM} is not installed.`);

/**
 * Suggesting by keyboard, as someone using a screen reader would (browser walk): what the
 * announcer says, and where focus goes, after each step.
 */
describe.skipIf(!hasChromium)('suggesting by keyboard in Chromium, against the real server', { timeout: 300_000 }, () => {
  let url = '';
  let lead: Page;
  let patient: Page;
  const session = browserSession({ closeAfter: 'all' });

  async function openSection(page: Page): Promise<Locator> {
    const text = await openSectionAt(page, url, SECTION);
    await hearAnnouncements(page);
    return text;
  }
  /** Keeps every message the announcer says, in order, in `window.said` (the same words twice are two messages). */
  async function hearAnnouncements(page: Page) {
    await page.evaluate(() => {
      const w = window as unknown as { said: string[] };
      w.said = [];
      const region = document.querySelector('[data-testid="announcer"]')!;
      new MutationObserver(() => region.textContent && w.said.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
    });
  }
  const said = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said);
  const saved = (page: Page) => expect.poll(() => page.getByTestId('save-status').textContent(), LONG).toBe('All changes saved');
  const focused = (page: Page) => page.evaluate(() => ({ tag: document.activeElement?.tagName, id: document.activeElement?.id, text: document.activeElement?.textContent ?? '' }));
  /** The suggested insertions' words, without others' carets (a caret's name label can sit inside one). */
  const insertions = (text: Locator) =>
    text.locator('ins').evaluateAll((all) =>
      all.map((ins) => {
        const copy = ins.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.app-caret').forEach((caret) => caret.remove());
        return copy.textContent;
      }),
    );
  const FORMATTED = 'strong, em, a, ul, ol, blockquote, h3, h4, h5, code';

  /** Selects `words` (at the end of the text) with Shift+Left, as the keyboard would. */
  async function selectBack(page: Page, words: string) {
    await page.keyboard.press('Control+End');
    for (let i = 0; i < words.length + 5 && (await page.evaluate(() => window.getSelection()?.toString())) !== words; i++) await page.keyboard.press('Shift+ArrowLeft');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(words);
    // The editor takes the browser's selection on its selectionchange event, a moment after the key.
    await page.waitForTimeout(300);
  }

  /** Presses each shortcut; each says `message` once more, and the text and its formatting stay as they were. */
  async function shortcutsSay(page: Page, text: Locator, message: string) {
    const before = await text.textContent();
    for (const key of ['Control+b', 'Control+i', 'Control+k', 'Control+Alt+1', 'Control+Shift+8', 'Control+Shift+7']) {
      const heard = (await said(page)).length;
      await page.keyboard.press(key);
      await explainFailure({ page }, `shortcut-${key}`, () => expect.poll(async () => (await said(page)).slice(heard), LONG).toEqual([message]));
      expect(await text.locator(FORMATTED).count(), key).toBe(0);
      expect(await text.textContent(), key).toBe(before);
    }
    // Ctrl+K opened no link form, and focus is still in the text.
    expect(await page.getByLabel('Link address').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('section-text');
  }

  it('while Suggesting, formatting shortcuts say why they do nothing, and the text is unchanged; for someone who may only suggest, without the Editing part', async () => {
    lead = (await session.logIn('lead@demo.quorum.test')).page;
    const found = await apiFrom<{ data: { entries: { nodes: { id: string; sections: { id: string; title: string }[] }[] } } }>(lead, '{ entries(first: 10) { nodes { id sections { id title } } } }');
    const entry = found.data.entries.nodes[0];
    url = `${session.app.url}/entries/${entry.id}/sections/${entry.sections.find((s) => s.title === SECTION)!.id}`;

    const text = await openSection(lead);
    await expect.poll(() => lead.getByTestId('mode-switch').isVisible(), LONG).toBe(true);
    await text.click();
    await lead.keyboard.type('Patients shaped the leaflets from the start.', { delay: 5 });
    await saved(lead);
    // In Editing, Ctrl+B formats, and nothing is said.
    await selectBack(lead, 'start.');
    await lead.keyboard.press('Control+b');
    await expect.poll(() => text.locator('strong').allTextContents(), LONG).toEqual(['start.']);
    await lead.keyboard.press('Control+b');
    await expect.poll(() => text.locator('strong').count(), LONG).toBe(0);
    expect(await said(lead)).toEqual([]);
    await saved(lead);

    await lead.getByTestId('mode-switch').getByRole('button', { name: 'Suggesting', exact: true }).click();
    await text.click();
    await selectBack(lead, 'start.');
    await shortcutsSay(lead, text, 'Formatting cannot be suggested. To change formatting, choose Editing.');
    // With nothing selected, Ctrl+B does not make what is typed next bold either.
    await lead.keyboard.press('Control+End');
    const heard = (await said(lead)).length;
    await lead.keyboard.press('Control+b');
    await expect.poll(async () => (await said(lead)).slice(heard), LONG).toEqual(['Formatting cannot be suggested. To change formatting, choose Editing.']);
    await lead.keyboard.type(' Twelve advocates reviewed them.', { delay: 5 });
    await expect.poll(() => insertions(text), LONG).toEqual([' Twelve advocates reviewed them.']);
    expect(await text.locator(FORMATTED).count()).toBe(0);
    await saved(lead);
    await checkPage(lead, 'k1-suggesting-shortcut-said');

    // The patient representative may only suggest: no Editing to choose, so the message does not offer it.
    patient = (await session.logIn('patient@demo.quorum.test')).page;
    const patientText = await openSection(patient);
    // Her editor is writable once her role is read: the note says so.
    await expect.poll(() => patient.getByTestId('suggest-only').isVisible(), LONG).toBe(true);
    await expect.poll(() => patientText.getAttribute('contenteditable'), LONG).toBe('true');
    await patientText.click();
    await selectBack(patient, 'them.');
    await shortcutsSay(patient, patientText, 'Formatting cannot be suggested.');
    await patient.keyboard.press('Control+End');
    await patient.keyboard.type(' Families helped.', { delay: 10 });
    await expect.poll(() => insertions(patientText), LONG).toEqual([' Twelve advocates reviewed them.', ' Families helped.']);
    await saved(patient);
  });

  it('after commenting on a suggestion by keyboard, focus is on the new comment; Cancel goes back to the Comment button', async () => {
    await openSection(lead);
    const list = lead.getByTestId('suggestions-panel');
    const card = list.locator('.app-suggestion-card', { hasText: 'Families helped.' });
    await explainFailure({ lead }, 'suggestion-listed', () => expect.poll(() => card.textContent(), LONG).toContain('Joy Campbell'));
    const comment = card.getByRole('button', { name: /^Comment on Joy Campbell’s suggestion/ });

    // Cancel: back to the button that opened the form.
    await comment.focus();
    await lead.keyboard.press('Enter');
    await expect.poll(async () => (await focused(lead)).tag, LONG).toBe('TEXTAREA');
    await lead.keyboard.press('Tab');
    await lead.keyboard.press('Tab');
    expect((await focused(lead)).text).toBe('Cancel');
    await lead.keyboard.press('Enter');
    await expect.poll(async () => (await focused(lead)).text, LONG).toMatch(/^Comment on Joy Campbell’s suggestion/);

    // Sent: focus on the comment itself, which a screen reader then reads; Tab goes on to Reply.
    await lead.keyboard.press('Enter');
    await expect.poll(async () => (await focused(lead)).tag, LONG).toBe('TEXTAREA');
    await lead.keyboard.type('Good: families were in the first workshop.');
    await lead.keyboard.press('Tab');
    await lead.keyboard.press('Enter');
    await expect.poll(async () => (await said(lead)).at(-1), LONG).toMatch(/^Your comment on Joy Campbell’s suggestion .* has been added\.$/);
    await explainFailure({ lead }, 'focus-after-comment', () => expect.poll(async () => (await focused(lead)).text, LONG).toBe('Amara Okafor: Good: families were in the first workshop.'));
    expect(await lead.evaluate(() => document.activeElement?.closest('.app-suggestion-card__comments') !== null)).toBe(true);
    await checkPage(lead, 'k2-focus-on-new-comment', list);
    await lead.keyboard.press('Tab');
    expect((await focused(lead)).text).toMatch(/^Reply on Joy Campbell’s suggestion/);
  });

  it('Reject all asks first, in place: focus moves to the question, Cancel goes back with nothing rejected, Yes rejects every one', async () => {
    const list = lead.getByTestId('suggestions-panel');
    const heading = list.getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent(), LONG).toBe('Suggestions (2)');
    const confirm = list.getByTestId('suggestions-confirm');

    await list.getByRole('button', { name: 'Reject all', exact: true }).focus();
    await lead.keyboard.press('Enter');
    await expect.poll(async () => (await focused(lead)).text, LONG).toBe('Reject all 2 suggestions?');
    expect(await confirm.getByRole('button').allTextContents()).toEqual(['Yes, reject all', 'Cancel']);
    // Asking is not doing: the suggestions are still there.
    expect(await heading.textContent()).toBe('Suggestions (2)');
    await checkPage(lead, 'k3-reject-all-asks');
    await screenshot(list, 'k3-reject-all-asks-panel');
    // Enter twice does nothing more than ask: focus is on the question, not on Yes.
    await lead.keyboard.press('Enter');
    await lead.keyboard.press('Tab');
    await lead.keyboard.press('Tab');
    expect((await focused(lead)).text).toBe('Cancel');
    await lead.keyboard.press('Enter');
    await expect.poll(async () => (await focused(lead)).text, LONG).toBe('Reject all');
    expect(await confirm.count()).toBe(0);
    expect(await heading.textContent()).toBe('Suggestions (2)');
    expect(await lead.locator('#section-text ins').count()).toBe(2);

    // One person's suggestions ask too, naming her.
    await list.getByRole('button', { name: 'Reject all by Joy Campbell', exact: true }).focus();
    await lead.keyboard.press('Enter');
    await expect.poll(async () => (await focused(lead)).text, LONG).toBe('Reject Joy Campbell’s suggestion?');
    // Escape is Cancel.
    await lead.keyboard.press('Escape');
    await expect.poll(async () => (await focused(lead)).text, LONG).toBe('Reject all by Joy Campbell');

    // Yes: every one rejected, said, and focus on the list's heading.
    await list.getByRole('button', { name: 'Reject all', exact: true }).focus();
    await lead.keyboard.press('Enter');
    await expect.poll(async () => (await focused(lead)).text, LONG).toBe('Reject all 2 suggestions?');
    await lead.keyboard.press('Tab');
    expect((await focused(lead)).text).toBe('Yes, reject all');
    await lead.keyboard.press('Enter');
    await expect.poll(async () => (await said(lead)).at(-1), LONG).toBe('Rejected all 2 suggestions.');
    await expect.poll(() => list.textContent(), LONG).toContain('No suggested changes');
    expect(await lead.locator('#section-text ins').count()).toBe(0);
    expect((await focused(lead)).id).toBe('suggestions-heading');
    await checkPage(lead, 'k4-rejected-all');
  });
});
