// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserSession, CHROMIUM, DEMO_ENTRY, explainFailure, hasChromium, LONG, seriousViolations } from './browser';

if (!hasChromium) console.warn(`Skipping the focus and order browser test: ${CHROMIUM} is not installed.`);

/** What has focus, as the tag, its id and the start of its text. */
const focused = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const el = document.activeElement!;
    return { tag: el.tagName, id: el.id, editor: el.classList.contains('ProseMirror'), text: (el.textContent ?? '').trim().slice(0, 40) };
  });

describe.skipIf(!hasChromium)('focus, Tab order and paste, in Chromium, against the real server', { timeout: 120_000 }, () => {
  const session = browserSession();

  it('after log-in focus is on the page’s heading, on arrival at an entry on the section heading, the editor is at most 5 Tabs from the skip link, and a paste from Word keeps its lists and links and says what it left out', async () => {
    const { page } = await session.logIn('lead@demo.quorum.test');
    await explainFailure({ lead: page }, 'focus-order', async () => {
      await expect.poll(async () => (await focused(page)).tag, LONG).toBe('H1');
      expect((await focused(page)).text).toBe('Your entries');

      await page.getByRole('link', { name: DEMO_ENTRY }).click();
      await page.locator('#section-text[contenteditable="true"]').waitFor(LONG);
      await expect.poll(async () => (await focused(page)).id, LONG).toBe('section-heading');

      // From the skip link (the page's first Tab stop), Tab by Tab to the text.
      await page.locator('.nhsuk-skip-link').focus();
      expect((await focused(page)).text).toBe('Skip to main content');
      await page.keyboard.press('Enter');
      const path: string[] = [];
      for (let tabs = 1; tabs <= 5; tabs++) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        path.push(now.editor ? 'the editor' : `${now.tag} ${now.text}`);
        if (now.editor) break;
      }
      expect(path.at(-1), `Tabs from the skip link: ${path.join(' > ')}`).toBe('the editor');
      // The writing tools (Editing and Suggesting, then the formatting toolbar, one Tab stop), then the text: nothing else comes between.
      expect(path.length, path.join(' > ')).toBeLessThanOrEqual(5);
      expect(
        path.slice(0, -1).every((stop) => /^BUTTON /.test(stop)),
        path.join(' > '),
      ).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);

      // Pasting from Word (as its clipboard HTML) into the text: lists, link and heading kept; the table and picture said.
      const word = readFileSync(new URL('../src/editor/paste-fixtures/word.html', import.meta.url), 'utf8');
      const text = page.locator('#section-text');
      await text.evaluate((el, html) => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', 'pasted');
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, word);
      await expect
        .poll(() => page.getByTestId('paste-note').textContent(), LONG)
        .toBe('1 table was pasted as text: each row is a paragraph, its cells separated by a vertical bar. 1 image was left out: sections hold text only.');
      expect(await text.locator('ul > li > ul > li').first().textContent()).toBe('within 15 minutes');
      expect(await text.locator('ol > li').allTextContents()).toEqual(['Train the nurses', 'Audit monthly']);
      expect(await text.locator('a[href="https://www.nice.org.uk/guidance/ng51"]').textContent()).toBe('NICE guideline');
      expect(await text.locator('p', { hasText: 'Month | Screened' }).count()).toBe(1);
      expect(await text.locator('img').count()).toBe(0);
    });
  });
});
