// @vitest-environment node
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiFrom, browserSession, checkPage, CHROMIUM, explainFailure, hasChromium, LONG } from './browser';

const SECTION = 'Patient involvement and teamwork';

if (!hasChromium) console.warn(`Skipping the suggestions browser tests: ${CHROMIUM} is not installed.`);

describe.skipIf(!hasChromium)('suggesting mode in Chromium, against the real server', { timeout: 300_000 }, () => {
  let entryId = '';
  let sectionId = '';
  const session = browserSession({ closeAfter: 'all' });
  const logIn = async (email: string): Promise<Page> => {
    const { page } = await session.logIn(email);
    page.on('pageerror', (e) => console.error('PAGEERROR', e.message));
    page.on('console', (m) => m.type() === 'error' && console.error('CONSOLE', m.text()));
    return page;
  };

  async function openSection(page: Page): Promise<Locator> {
    await page.goto(`${session.app.url}/entries/${entryId}/sections/${sectionId}`);
    await expect.poll(() => page.locator('#section-title').textContent(), LONG).toBe(SECTION);
    const text = page.locator('#section-text');
    await text.waitFor(LONG);
    return text;
  }
  const saved = (page: Page) => expect.poll(() => page.getByTestId('save-status').textContent(), LONG).toBe('All changes saved');
  const mode = (page: Page, name: string) => page.getByTestId('mode-switch').getByRole('button', { name, exact: true });

  it('an editor switches to Suggesting: typing and deleting show as marked suggestions, undo takes them back, Editing types directly', async () => {
    const lead = await logIn('lead@demo.quorum.test');
    const found = await apiFrom<{ data: { entries: { nodes: { id: string; sections: { id: string; title: string }[] }[] } } }>(lead, '{ entries(first: 10) { nodes { id sections { id title } } } }');
    entryId = found.data.entries.nodes[0].id;
    sectionId = found.data.entries.nodes[0].sections.find((s) => s.title === SECTION)!.id;

    const text = await openSection(lead);
    // No approvals yet: the editor starts in Editing, and the switch says so.
    await expect.poll(() => mode(lead, 'Editing').getAttribute('aria-pressed'), LONG).toBe('true');
    expect(await mode(lead, 'Suggesting').getAttribute('aria-pressed')).toBe('false');
    await text.click();
    await lead.keyboard.type('Patients shaped the leaflets from the start.', { delay: 5 });
    await saved(lead);
    // A pause, so that Yjs's undo keeps the typing and the suggestion apart (it joins edits under 500 ms apart).
    await lead.waitForTimeout(800);

    await mode(lead, 'Suggesting').click();
    expect(await mode(lead, 'Suggesting').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => lead.getByTestId('announcer').textContent(), LONG).toContain('Suggesting: your changes show as suggestions');
    await text.click();
    await lead.keyboard.press('Control+End');
    await lead.keyboard.type(' Twelve advocates reviewed them.', { delay: 5 });
    await explainFailure({ lead }, 'suggest-insert', () => expect.poll(() => text.locator('ins').allTextContents(), LONG).toEqual([' Twelve advocates reviewed them.']));
    await saved(lead);
    // Undo (Yjs's) takes the suggestion back whole, as it would typing.
    await lead.keyboard.press('Control+z');
    await expect.poll(() => text.locator('ins').count(), LONG).toBe(0);
    expect(await text.textContent()).toBe('Patients shaped the leaflets from the start.');

    // Deleting a word marks it deleted: still there, struck through, until someone accepts.
    await lead.keyboard.press('Control+End');
    for (let i = 0; i < 'start.'.length; i++) await lead.keyboard.press('Shift+ArrowLeft');
    await lead.keyboard.press('Backspace');
    await expect.poll(() => text.locator('del').allTextContents(), LONG).toEqual(['start.']);
    // Screen readers hear where it starts and ends; the text itself is unchanged.
    expect(await text.textContent()).toMatch(/Patients shaped the leaflets from the +\[Suggested deletion[^:]*: start\., end of suggestion\]/);
    await saved(lead);
    await checkPage(lead, '90-suggesting-mode');
  });
});
