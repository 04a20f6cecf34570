// @vitest-environment node
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiFrom, browserSession, CHROMIUM, DEMO_ENTRY, hasChromium, LONG, screenshot, seriousViolations, type Violation } from './browser';

if (!hasChromium) console.warn(`Skipping the revision history browser test: ${CHROMIUM} is not installed.`);

/** axe-core's WCAG 2.2 A/AA rules on one part of the page, every violation whatever its impact. */
async function violationsIn(page: Page, selector: string): Promise<Violation[]> {
  await seriousViolations(page); // loads axe into the page
  const results = await page.evaluate(
    (include) =>
      (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(
        { include: [include] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
      ),
    selector,
  );
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

const REPLACE = 'mutation($i: ReplaceSectionContentInput!) { replaceSectionContent(input: $i) { section { version } } }';
const SECTIONS = '{ entries(first: 10) { nodes { title sections { id title version } } } }';

interface Sections {
  data: { entries: { nodes: { title: string; sections: { id: string; title: string; version: number }[] }[] } };
}

/** Writes the section's text through the API, as a script of this person's would (each write saves a revision). */
async function write(page: Page, title: string, markdown: string): Promise<void> {
  const { data } = await apiFrom<Sections>(page, SECTIONS);
  const section = data.entries.nodes.find((e) => e.title === DEMO_ENTRY)!.sections.find((s) => s.title === title)!;
  const answer = await apiFrom(page, REPLACE, { i: { sectionId: section.id, markdown, baseVersion: section.version } });
  expect(answer.errors).toBeUndefined();
}

describe.skipIf(!hasChromium)('revision history in Chromium, against the real server', { timeout: 240_000 }, () => {
  const session = browserSession({ contextOptions: { viewport: { width: 1280, height: 800 } } });
  const TITLE = 'Impact on patient safety';

  it('names a revision and compares two chosen revisions word by word with who wrote what, by keyboard alone; axe finds nothing on either view', async () => {
    const lead = await session.logIn('lead@demo.quorum.test');
    const nurse = await session.logIn('nurse@demo.quorum.test');
    await write(lead.page, TITLE, 'Screening of Black patients lagged.');
    await write(nurse.page, TITLE, 'Screening of Black and Asian patients lagged badly.');
    await write(lead.page, TITLE, 'Screening of Black and Asian patients lagged badly. We acted.');

    const { page } = lead;
    await page.getByRole('link', { name: DEMO_ENTRY }).click();
    await page.getByRole('link', { name: TITLE, exact: true }).click();
    await expect.poll(() => page.locator('#section-title').textContent(), LONG).toBe(TITLE);

    // Open the history from the keyboard.
    const summary = page.getByTestId('revision-history').locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const rows = page.getByTestId('revision-row');
    await expect.poll(() => rows.count(), LONG).toBe(3);

    // Name the oldest revision from its row: the view opens at the name field.
    const nameButtons = page.getByRole('button', { name: /^Name the revision saved/ });
    await nameButtons.last().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('id') ?? '')).toMatch(/^revision-name-/);
    await page.keyboard.type('Sent to the patient panel');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.last().textContent(), LONG).toContain('Named “Sent to the patient panel”');
    await expect.poll(() => page.getByTestId('announcer').textContent()).toBe('The revision is named “Sent to the patient panel”.');

    await page.waitForLoadState('networkidle');
    expect(await violationsIn(page, '#section-revisions'), 'axe (WCAG 2.2 AA) on the revision history').toEqual([]);
    expect(await seriousViolations(page), 'axe on the page with the history open').toEqual([]);
    await screenshot(page.getByTestId('revision-history'), 'revisions-1-history-named');

    // Compare the named revision with the nurse's, chosen in the two selects by keyboard.
    const from = page.getByLabel('From', { exact: true });
    const to = page.getByLabel('To', { exact: true });
    await from.focus();
    await page.keyboard.press('End'); // the oldest: the named one
    await to.focus();
    await page.keyboard.press('ArrowDown'); // from the current text to the newest revision
    await page.keyboard.press('ArrowDown'); // the nurse's
    const options = await to.locator('option').allTextContents();
    expect(options[0]).toBe('The current text');
    expect(options[3]).toMatch(/^“Sent to the patient panel”, saved .+, by Amara Okafor$/);
    expect(options[2]).toMatch(/^Saved .+, by Grace Mensah$/);
    expect(await from.inputValue()).toBe(await to.locator('option').nth(3).getAttribute('value'));
    expect(await to.inputValue()).toBe(await to.locator('option').nth(2).getAttribute('value'));
    await page.getByRole('button', { name: 'Compare', exact: true }).focus();
    await page.keyboard.press('Enter');

    const compare = page.getByTestId('revision-compare');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''), LONG).toMatch(/^Changes from “Sent to the patient panel” \(saved .+\) to the revision saved /);
    const region = compare.getByRole('region', { name: 'Compared text' });
    await region.waitFor(LONG);
    expect(await region.locator('ins').allTextContents()).toEqual([' [inserted by Grace Mensah: and Asian ] ', ' [inserted by Grace Mensah: lagged badly.] ']);
    expect(await region.locator('del').allTextContents()).toEqual([' [deleted by Grace Mensah: lagged.] ']);
    // Told by more than colour: underlined and struck through.
    expect(
      await region
        .locator('ins')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe('underline');
    expect(
      await region
        .locator('del')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe('line-through');
    // The comparison scrolls by keyboard.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Compared text');

    await page.waitForLoadState('networkidle');
    expect(await violationsIn(page, '[data-testid="revision-compare"]'), 'axe (WCAG 2.2 AA) on the comparison').toEqual([]);
    expect(await seriousViolations(page), 'axe on the page with the comparison').toEqual([]);
    await screenshot(page, 'revisions-2-compare-1280');
    await screenshot(compare, 'revisions-2-compare-1280-detail');

    // A phone: nothing in the history or the comparison goes past the screen's edge (WCAG 1.4.10).
    await page.setViewportSize({ width: 375, height: 800 });
    const wider = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#section-revisions, #section-revisions *')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('.nhsuk-u-visually-hidden'))
          .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${[...el.classList].join('.')}`)
          .slice(0, 8),
      );
    await expect.poll(wider).toEqual([]);
    expect(await violationsIn(page, '#section-revisions'), 'axe (WCAG 2.2 AA) on the history at 375 px').toEqual([]);
    await screenshot(page, 'revisions-3-compare-375');
    await screenshot(page.getByTestId('revision-history'), 'revisions-3-history-375-detail');

    // Closing the comparison gives focus back to the Compare button.
    await page.setViewportSize({ width: 1280, height: 800 });
    await compare.getByRole('button', { name: 'Close the comparison' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Compare');
  });

  it('two revisions saved in the same minute read differently in the compare choices and the comparison: to the second, with who', async () => {
    const { page } = await session.logIn('lead@demo.quorum.test');
    const SAME = 'Spreading the success';
    // Both writes within one minute, not across its end.
    if (new Date().getSeconds() > 50) await page.waitForTimeout((61 - new Date().getSeconds()) * 1000);
    await write(page, SAME, 'Two other trusts asked for the leaflets.');
    await write(page, SAME, 'Two other trusts asked for the leaflets. One has started using them.');

    await page.getByRole('link', { name: DEMO_ENTRY }).click();
    await page.getByRole('link', { name: SAME, exact: true }).click();
    await expect.poll(() => page.locator('#section-title').textContent(), LONG).toBe(SAME);
    await page.getByTestId('revision-history').locator('summary').click();
    await expect.poll(() => page.getByTestId('revision-row').count(), LONG).toBe(2);

    const to = page.getByLabel('To', { exact: true });
    const options = await to.locator('option').allTextContents();
    expect(options[0]).toBe('The current text');
    // To the second, and the text's version: two saved at once can share a second too.
    const toTheSecond = /^Saved \d+ \w+ \d{4}, \d+:\d\d:\d\d[ap]m \(version \d+\), by Amara Okafor$/;
    expect(options[1]).toMatch(toTheSecond);
    expect(options[2]).toMatch(toTheSecond);
    expect(options[1]).not.toBe(options[2]);

    // The comparison's heading tells them apart too.
    await page.getByLabel('From', { exact: true }).selectOption({ index: 2 });
    await to.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const compare = page.getByTestId('revision-compare');
    await compare.getByRole('region', { name: 'Compared text' }).waitFor(LONG);
    const heading = await compare.getByRole('heading').first().textContent();
    expect(heading).toMatch(/^Changes from the revision saved .+:\d\d:\d\d[ap]m \(version \d+\) to the revision saved .+:\d\d:\d\d[ap]m \(version \d+\)$/);
    expect(await compare.getByRole('region', { name: 'Compared text' }).locator('ins').allTextContents()).toEqual([expect.stringContaining('One has started using them.')]);

    await page.waitForLoadState('networkidle');
    expect(await violationsIn(page, '#section-revisions'), 'axe (WCAG 2.2 AA) on the history').toEqual([]);
    expect(await seriousViolations(page), 'axe on the page').toEqual([]);
    await screenshot(page.getByTestId('compare-picker'), 'revisions-4-same-minute');
  });
});
