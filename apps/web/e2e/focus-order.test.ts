// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { browserSession, CHROMIUM, DEMO_ENTRY, explainFailure, hasChromium, LONG, seriousViolations } from './browser';

if (!hasChromium) console.warn(`Skipping the focus and order browser test: ${CHROMIUM} is not installed.`);

/** What has focus, as the tag, its id and the start of its text. */
const focused = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const el = document.activeElement!;
    return { tag: el.tagName, id: el.id, editor: el.classList.contains('ProseMirror'), text: (el.textContent ?? '').trim().slice(0, 40) };
  });

describe.skipIf(!hasChromium)('focus and Tab order, in Chromium, against the real server', { timeout: 120_000 }, () => {
  const session = browserSession();

  it('after log-in focus is on the page’s heading, on arrival at an entry on the section heading, and the editor is at most 5 Tabs from the skip link', async () => {
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
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
});
