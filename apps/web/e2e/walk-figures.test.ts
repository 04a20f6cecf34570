// @vitest-environment node
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiFrom, browserSession, checkPage, hasChromium, LONG } from './browser';

// From a keyboard-only walk (1280x800 and 375x812): where focus goes when the figure form refuses,
// when the last figure is kept as written, and when the set-aside notice is closed.
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
const values = (blackAfter: number) => [
  { period: '2023', ethnicCode: 'M', numerator: 60, denominator: 100 },
  { period: '2023', ethnicCode: 'A', numerator: 80, denominator: 100 },
  { period: '2024', ethnicCode: 'M', numerator: blackAfter, denominator: 100 },
  { period: '2024', ethnicCode: 'A', numerator: 82, denominator: 100 },
];
type Found = { data: { entries: { nodes: { id: string; sections: { id: string; title: string; version: number }[] }[] } } };

describe.skipIf(!hasChromium)('figures and set-aside edits by keyboard, in Chromium against the real server', { timeout: 180_000 }, () => {
  const session = browserSession({ closeAfter: 'each', contextOptions: { viewport: { width: 375, height: 812 } } });

  it('Insert figure with no sentence chosen takes focus to the sentences; keeping the only figure as written leaves focus on the panel, which says none is left', async () => {
    const { page: lead } = await session.logIn('lead@demo.quorum.test');
    const { page: analyst } = await session.logIn('analyst@demo.quorum.test');
    const entry = ((await apiFrom(analyst, '{ entries(first: 10) { nodes { id sections { id title version } } } }')) as Found).data.entries.nodes[0];
    const sectionId = entry.sections.find((s) => s.title === 'Quality, experience and value')!.id;
    const created = await apiFrom(analyst, 'mutation($i: CreateMetricInput!) { createMetric(input: $i) { metric { id } } }', {
      i: { entryId: entry.id, name: 'Screened within an hour', definition: 'Screened within one hour', kind: 'PROPORTION', direction: 'HIGHER_IS_BETTER' },
    });
    const metricId = created.data.createMetric.metric.id;
    const setValues = async (blackAfter: number) =>
      expect(
        (await apiFrom(analyst, 'mutation($i: SetMetricValuesInput!) { setMetricValues(input: $i) { written } }', { i: { metricId, values: values(blackAfter), replace: true } })).errors,
      ).toBeUndefined();
    await setValues(75);

    await lead.goto(`${session.app.url}/entries/${entry.id}/sections/${sectionId}`);
    const text = lead.locator('#section-text');
    await text.waitFor(LONG);
    await text.focus();
    await lead.keyboard.press('Control+End');
    // Alt+F10 to the toolbar, arrows to Figure.
    await lead.keyboard.press('Alt+F10');
    for (let i = 0; i < 12 && (await lead.evaluate(() => document.activeElement?.textContent)) !== 'Figure'; i++) await lead.keyboard.press('ArrowRight');
    await lead.keyboard.press('Enter');
    const form = lead.locator('form[aria-labelledby="figure-form-title"]');
    await expect.poll(() => form.getByRole('radio').count(), LONG).toBeGreaterThan(0);
    expect(await focused(lead)).toBe('figure-sentence-0');
    await lead.keyboard.press('Tab');
    await lead.keyboard.press('Enter');
    // The error is read with the sentences, where focus now is (it was left on the button, below the error).
    await expect.poll(() => focused(lead), LONG).toBe('figure-sentence-0');
    expect(await form.textContent()).toContain('Choose the sentence to insert');
    await expect.poll(() => lead.getByTestId('announcer').textContent(), LONG).toBe('Choose the sentence to insert');
    await checkPage(lead, 'walk-figure-form-error', form);
    await lead.keyboard.press('Space');
    expect(await form.textContent()).not.toContain('Choose the sentence to insert');
    // The second sentence is the Black patients' change, which the correction below alters.
    await lead.keyboard.press('ArrowDown');
    expect(await form.locator('label[for="figure-sentence-1"]').textContent()).toMatch(/among Black.*rose/);
    expect(await lead.locator('#figure-sentence-1').isChecked()).toBe(true);
    await lead.keyboard.press('Tab');
    await lead.keyboard.press('Enter');
    await expect.poll(() => text.locator('.app-figure').count(), LONG).toBe(1);
    await expect.poll(() => lead.getByTestId('save-status').textContent(), LONG).toBe('All changes saved');

    const panel = lead.getByTestId('figures-panel');
    await expect.poll(() => panel.textContent(), LONG).toContain('All say what the evidence says now.');
    await lead.waitForTimeout(1500); // past the panel's read after typing pauses
    await setValues(90);
    // No reload: coming back to the page (its window focused again) reads the figures again.
    await lead.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => panel.textContent(), LONG).toContain('It no longer says what the evidence says.');
    await panel.getByRole('button', { name: /^Keep as written/ }).focus();
    await lead.keyboard.press('Enter');
    await expect.poll(() => lead.getByTestId('announcer').textContent(), LONG).toBe('Kept as written. Those words are no longer checked against the evidence.');
    await expect.poll(() => panel.textContent(), LONG).toContain('None left: words kept as written are no longer checked against the evidence.');
    expect(await focused(lead)).toBe('figures-heading');
    expect(await text.locator('.app-figure').count()).toBe(0);
    await checkPage(lead, 'walk-figure-kept', panel);
  });

  it('closing the notice of edits set aside takes focus back to the text', async () => {
    const { page: writer } = await session.logIn('lead@demo.quorum.test');
    const entry = ((await apiFrom(writer, '{ entries(first: 10) { nodes { id sections { id title version } } } }')) as Found).data.entries.nodes[0];
    const section = entry.sections.find((s) => s.title === 'Spreading the success')!;
    const replaced = await apiFrom(writer, 'mutation($i: ReplaceSectionContentInput!) { replaceSectionContent(input: $i) { section { id } } }', {
      i: { sectionId: section.id, markdown: 'Waits fell by a third.', baseVersion: section.version },
    });
    expect(replaced.errors).toBeUndefined();
    const url = `${session.app.url}/entries/${entry.id}/sections/${section.id}`;
    await writer.goto(url);
    const leadText = writer.locator('#section-text');
    await leadText.waitFor(LONG);
    await writer.getByTestId('mode-switch').getByRole('button', { name: 'Suggesting', exact: true }).click();
    await leadText.focus();
    await writer.keyboard.press('Control+End');
    await writer.keyboard.type(' Audits confirmed it.', { delay: 5 });
    await expect.poll(() => writer.getByTestId('save-status').textContent(), LONG).toBe('All changes saved');

    const { page: patient } = await session.logIn('patient@demo.quorum.test');
    await patient.goto(url);
    const text = patient.locator('#section-text');
    await text.waitFor(LONG);
    await expect.poll(() => text.locator('ins').allTextContents(), LONG).toEqual([' Audits confirmed it.']);
    // Keys go to the text once it takes them: on a busy machine her role may come after the text.
    await patient.locator('#section-text[contenteditable="true"]').waitFor(LONG);
    await text.focus();
    await patient.keyboard.press('Control+End');
    await patient.keyboard.press('Backspace');
    const notice = patient.getByTestId('set-aside');
    await expect.poll(() => notice.count(), LONG).toBe(1);
    await expect.poll(() => patient.evaluate(() => document.activeElement?.getAttribute('data-testid')), LONG).toBe('set-aside');
    await patient.keyboard.press('Tab');
    expect(await patient.evaluate(() => document.activeElement?.textContent)).toBe('Close this message');
    await patient.keyboard.press('Enter');
    await expect.poll(() => notice.count(), LONG).toBe(0);
    expect(await focused(patient)).toBe('section-text');
  });
});
