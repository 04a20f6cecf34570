// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apiFrom, browserSession, checkPage, explainFailure, hasChromium, LONG, screenshot } from './browser';

const SECTION = 'Quality, experience and value';
// Black Caribbean (M) and White British (A) patients screened, of 100 each, before and after.
const values = (blackAfter: number) => [
  { period: '2023', ethnicCode: 'M', numerator: 60, denominator: 100 },
  { period: '2023', ethnicCode: 'A', numerator: 80, denominator: 100 },
  { period: '2024', ethnicCode: 'M', numerator: blackAfter, denominator: 100 },
  { period: '2024', ethnicCode: 'A', numerator: 82, denominator: 100 },
];

describe.skipIf(!hasChromium)('figures from the evidence in the text, in Chromium against the real server', { timeout: 180_000 }, () => {
  const session = browserSession();

  it('the lead inserts a figure from a metric; the analyst corrects a value; the section flags the figure out of date, and the lead takes the new wording', async () => {
    const { page: lead } = await session.logIn('lead@demo.quorum.test');
    // Values are the analyst's to enter (only those who see every value unsuppressed may).
    const { page: analyst } = await session.logIn('analyst@demo.quorum.test');
    const api = (query: string, variables: Record<string, unknown> = {}) => apiFrom(analyst, query, variables);
    type Found = { data: { entries: { nodes: { id: string; sections: { id: string; title: string }[] }[] } } };
    const found = (await api('{ entries(first: 10) { nodes { id sections { id title } } } }')) as Found;
    const entry = found.data.entries.nodes[0];
    const sectionId = entry.sections.find((s) => s.title === SECTION)!.id;
    const created = await api('mutation($i: CreateMetricInput!) { createMetric(input: $i) { metric { id } } }', {
      i: { entryId: entry.id, name: 'Screened within an hour', definition: 'Patients with suspected sepsis screened within one hour', kind: 'PROPORTION', direction: 'HIGHER_IS_BETTER' },
    });
    const metricId = created.data.createMetric.metric.id;
    const setValues = async (blackAfter: number) => {
      const written = await api('mutation($i: SetMetricValuesInput!) { setMetricValues(input: $i) { written } }', { i: { metricId, values: values(blackAfter), replace: true } });
      expect(written.errors).toBeUndefined();
    };
    await setValues(75);

    await lead.goto(`${session.app.url}/entries/${entry.id}/sections/${sectionId}`);
    const text = lead.locator('#section-text');
    await text.waitFor(LONG);
    await text.click();
    await lead.keyboard.press('Control+End');
    await lead.keyboard.type('Screening improved. ', { delay: 5 });
    // The toolbar's Figure button opens the form, offering each group's sentences.
    await lead.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Figure' }).click();
    const form = lead.locator('form[aria-labelledby="figure-form-title"]');
    await expect.poll(() => form.getByRole('radio').count(), LONG).toBeGreaterThan(0);
    const sentence = (await form
      .locator('label', { hasText: /among Black.*rose/ })
      .first()
      .textContent())!;
    expect(sentence).toMatch(/60\.0%.*75\.0%/);
    await form.getByRole('radio', { name: sentence }).check();
    await checkPage(lead, '97-insert-figure', form);
    await form.getByRole('button', { name: 'Insert figure' }).click();
    await expect.poll(() => text.locator('.app-figure').textContent(), LONG).toBe(sentence);
    // Focus is back in the text, after the figure: typing goes on unmarked.
    await lead.keyboard.type('More to follow.', { delay: 5 });
    await expect.poll(() => text.textContent(), LONG).toContain(`${sentence} More to follow.`);
    expect(await text.locator('.app-figure').textContent()).toBe(sentence);
    await expect.poll(() => lead.getByTestId('save-status').textContent(), LONG).toBe('All changes saved');
    const panel = lead.getByTestId('figures-panel');
    await expect.poll(() => panel.textContent(), LONG).toContain('All say what the evidence says now.');
    expect(await panel.textContent()).toContain('Up to date');

    // The analyst's correction: 90 of 100 after, not 75.
    await setValues(90);
    await lead.reload();
    await explainFailure({ lead }, 'figure-out-of-date', () => expect.poll(() => panel.textContent(), LONG).toContain('Out of date'));
    expect(await panel.textContent()).toMatch(/The evidence now says: “[^”]*among Black[^”]*90\.0%/);
    // The words were not rewritten behind anyone's back.
    expect(await text.textContent()).toContain(sentence);
    // The entry's readiness says so too.
    await lead.goto(`${session.app.url}/entries/${entry.id}/evidence`);
    await expect.poll(() => lead.locator('body').textContent(), LONG).toContain('Figures in the text up to date');
    expect(await lead.locator('body').textContent()).toContain('the evidence now words it otherwise');

    await lead.goto(`${session.app.url}/entries/${entry.id}/sections/${sectionId}`);
    await text.waitFor(LONG);
    await checkPage(lead, '98-figure-out-of-date', panel);
    await panel.getByRole('button', { name: /^Use the new wording/ }).focus();
    await lead.keyboard.press('Enter');
    await expect.poll(() => lead.getByTestId('announcer').textContent(), LONG).toMatch(/^The figure now reads: .*among Black.*90\.0%/);
    await expect.poll(() => text.locator('.app-figure').textContent(), LONG).toMatch(/60\.0%.*90\.0%/);
    await expect.poll(() => panel.textContent(), LONG).toContain('All say what the evidence says now.');
    expect(await lead.evaluate(() => document.activeElement?.id)).toBe('figures-heading');
    await screenshot(lead, '99-figure-updated');
  });
});
