// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apiFrom, browserSession, CHROMIUM, DEMO_ENTRY, explainFailure, hasChromium, LONG, seriousViolations } from './browser';

if (!hasChromium) console.warn(`Skipping the section size browser tests: ${CHROMIUM} is not installed.`);

const LIMIT = 8000;

describe.skipIf(!hasChromium)('a section near its size limit, in Chromium, against the real server', { timeout: 180_000 }, () => {
  const session = browserSession({ env: { QUORUM_MAX_SECTION_BYTES: String(LIMIT) } });

  it('the editor warns as the section nears the limit, says plainly when an edit is refused for size, and saves again once room is made', async () => {
    const { page } = await session.logIn('nurse@demo.quorum.test');
    await page.getByRole('link', { name: DEMO_ENTRY }).click();
    await page.getByRole('link', { name: 'The need and the initiative', exact: true }).click();
    const text = page.locator('#section-text');
    await text.waitFor(LONG);
    const warning = page.getByTestId('section-size-warning');
    const saved = page.getByTestId('save-status');
    const sectionId = new URL(page.url()).pathname.split('/').pop()!;
    const serverText = async () => (await apiFrom(page, 'query($id: ID!) { section(id: $id) { text contentBytes } }', { id: sectionId })).data.section;

    await explainFailure({ nurse: page }, 'section-size', async () => {
      await text.click();
      // Pasted (inserted at once), as a block of text usually arrives.
      await page.keyboard.insertText('Sepsis screening rose. '.repeat(150));
      await expect.poll(() => saved.textContent(), LONG).toBe('All changes saved');
      expect(await warning.count()).toBe(0); // about 3.5 KB of 8: not yet
      await page.keyboard.insertText('Antibiotics within the hour. '.repeat(130));
      await expect.poll(() => saved.textContent(), LONG).toBe('All changes saved');
      await expect.poll(() => warning.count(), LONG).toBe(1);
      expect(await warning.textContent()).toMatch(/This section is nearly full.*It holds \d+ KB of the 8 KB a section can hold \((8|9)\d%\)/);
      expect(await seriousViolations(page)).toEqual([]);

      const before = await serverText();
      await page.keyboard.insertText('An appendix of every audit. '.repeat(60));
      await expect.poll(() => saved.textContent(), LONG).toMatch(/This section is full: it can hold 8 KB, and your latest changes would take it over, so they have not been saved\./);
      expect(await saved.getAttribute('role')).toBe('alert');
      expect(await serverText()).toEqual(before); // nothing of it was written

      // Undoing the paste makes room: the edits go through without it.
      await page.keyboard.press('Control+z');
      await expect.poll(() => saved.textContent(), LONG).toBe('All changes saved');
      const after = await serverText();
      expect(after.text).not.toContain('An appendix');
      expect(after.text).toContain('Antibiotics within the hour.');
      expect(after.contentBytes).toBeLessThanOrEqual(LIMIT);
    });
  });
});
