// @vitest-environment node
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiFrom, browserSession, CHROMIUM, DEMO_ENTRY, DEMO_PASSWORD, explainFailure, hasChromium, LONG, screenshot } from './browser';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const NEED = 'The need and the initiative';
const SPREAD = 'Spreading the success';

/** Every violation (of any impact) of axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules. */
async function wcagViolations(page: Page) {
  await page.waitForLoadState('networkidle');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The page scrolls sideways? (WCAG 1.4.10 at 320 px.) */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

const panel = (page: Page) => page.getByRole('region', { name: /^Waiting for you/ });
const items = (page: Page) => panel(page).getByTestId('waiting-item').allTextContents();
/** The counts under a section's title in the side list, one per line. */
const counts = (page: Page, title: string) =>
  page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) })
    .locator('.app-section-list__counts li')
    .allTextContents();

if (!hasChromium) console.warn(`Skipping the waiting-for-me browser test: ${CHROMIUM} is not installed.`);

describe.skipIf(!hasChromium)('Waiting for you, and the side list’s counts, in Chromium against the real server', { timeout: 180_000 }, () => {
  const session = browserSession({ contextOptions: { viewport: { width: 1280, height: 800 } } });

  it('shows two people what waits for each, live, each item a link, and each section’s words, sign-offs and open comments', async () => {
    const { page: lead } = await session.logIn('lead@demo.quorum.test');
    const { page: medic } = await session.logIn('medic@demo.quorum.test');
    const found = await apiFrom(lead, '{ me { id } entries(first: 10) { nodes { id title sections { id title version } } } }');
    const leadId: string = found.data.me.id;
    const entry = found.data.entries.nodes.find((e: { title: string }) => e.title === DEMO_ENTRY);
    const section = (title: string) => entry.sections.find((s: { title: string }) => s.title === title);

    // A draft waits for nobody's sign-off.
    await expect.poll(() => panel(lead).textContent(), LONG).toContain('Nothing is waiting for you.');
    await screenshot(lead, '95-waiting-empty-dashboard');

    // The lead sets a short limit on one section and writes past it, then asks for review.
    const api = async (page: Page, query: string, variables: Record<string, unknown>) => {
      const result = await apiFrom(page, query, variables);
      expect(result.errors).toBeUndefined();
      return result.data;
    };
    await api(lead, 'mutation($i: SetSectionWordLimitInput!) { setSectionWordLimit(input: $i) { section { id } } }', { i: { sectionId: section(SPREAD).id, wordLimit: 5 } });
    await api(lead, 'mutation($i: ReplaceSectionContentInput!) { replaceSectionContent(input: $i) { section { id } } }', {
      i: { sectionId: section(SPREAD).id, markdown: 'Three more wards adopted the screening tool in 2024.', baseVersion: section(SPREAD).version },
    });
    await api(lead, 'mutation($i: RequestReviewInput!) { requestReview(input: $i) { entry { state } } }', { i: { entryId: entry.id } });

    // The medic, on the dashboard, is asked for three sign-offs (the clinician's slots) and told of the section over its limit.
    await medic.reload();
    await expect.poll(() => items(medic), LONG).toHaveLength(4);
    const medicItems = await items(medic);
    expect(medicItems.filter((t) => t.startsWith('Sign off'))).toHaveLength(3);
    expect(medicItems.find((t) => t.startsWith('Over the limit'))).toContain(`“${SPREAD}” is 4 words over its limit of 5.`);

    // The medic mentions the lead in a comment: the lead's dashboard lists it without a reload.
    await lead.reload();
    await expect.poll(() => items(lead), LONG).toHaveLength(4); // the lead's slots in three sections, and the section over its limit
    const added = await api(medic, 'mutation($i: AddCommentInput!) { addComment(input: $i) { comment { id } } }', {
      i: { sectionId: section(NEED).id, body: '@Amara Okafor is the 2023 baseline the right one?', mentionedUserIds: [leadId] },
    });
    const thread: string = added.addComment.comment.id;
    await explainFailure({ lead }, '95-waiting-live', () => expect.poll(() => items(lead), LONG).toHaveLength(5));
    expect((await items(lead))[0]).toMatch(/^MentionedDr Sunil Mehta mentioned you in a comment on “The need and the initiative”\.Closing the gap/);
    expect(await wcagViolations(lead)).toEqual([]);
    await screenshot(lead, '95-waiting-dashboard-1280');

    // Its link takes the lead to the thread; the entry's own panel lists that entry's items, and the side list counts.
    await panel(lead)
      .getByRole('link', { name: /mentioned you/ })
      .click();
    await expect.poll(() => lead.url(), LONG).toContain(`/entries/${entry.id}/sections/${section(NEED).id}#thread-${thread}`);
    await expect.poll(() => counts(lead, NEED), LONG).toEqual(['0 of 500 words', '0 of 2 sign-offs', '1 open comment']);
    expect(await counts(lead, SPREAD)).toEqual(['9 of 5 words, 4 over', '0 of 1 sign-off', 'No open comments']);
    await expect.poll(() => items(lead), LONG).toHaveLength(5);

    // The lead answers in the thread: it leaves the lead's list, and the medic's entry page lists the awaited reply live.
    await medic.goto(`${session.app.url}/entries/${entry.id}/sections/${section(NEED).id}`);
    await expect.poll(() => items(medic), LONG).toHaveLength(4);
    await api(lead, 'mutation($i: ReplyToCommentInput!) { replyToComment(input: $i) { comment { id } } }', { i: { commentId: thread, body: 'Yes: it is the year before the change.' } });
    await expect.poll(() => items(lead), LONG).toHaveLength(4);
    await expect.poll(() => items(medic), LONG).toHaveLength(5);
    expect((await items(medic))[0]).toMatch(/^ReplyAmara Okafor replied in a thread you took part in on “The need and the initiative”\./);

    // The medic signs the section off: the lead's side list counts it, and it leaves the medic's list.
    const { contentHash } = (await api(medic, 'query($id: ID!) { section(id: $id) { contentHash } }', { id: section(NEED).id })).section;
    await api(medic, 'mutation($i: SignOffSectionInput!) { signOffSection(input: $i) { signOff { id } } }', {
      i: { sectionId: section(NEED).id, meaning: 'APPROVE', contentHash, password: DEMO_PASSWORD },
    });
    await expect.poll(() => counts(lead, NEED), LONG).toEqual(['0 of 500 words', '1 of 2 sign-offs', '1 open comment']);
    await expect.poll(() => items(medic), LONG).toHaveLength(4);
    expect(await wcagViolations(medic)).toEqual([]);
    expect(await wcagViolations(lead)).toEqual([]);
    await screenshot(medic, '95-waiting-entry-1280');

    // The medic suggests words in Suggesting mode: the lead, who may accept them, finds them waiting and counted.
    await medic.getByTestId('mode-switch').getByRole('button', { name: 'Suggesting', exact: true }).click();
    const text = medic.locator('#section-text');
    await text.click();
    await medic.keyboard.type('Baseline: 2023.', { delay: 5 });
    await explainFailure({ medic }, '95-waiting-suggest', () => expect.poll(() => text.locator('ins').allTextContents(), LONG).toEqual(['Baseline: 2023.']));
    await expect.poll(() => medic.getByTestId('save-status').textContent(), LONG).toBe('All changes saved');
    await lead.reload();
    await expect.poll(() => counts(lead, NEED), LONG).toEqual(['0 of 500 words', '1 of 2 sign-offs', '1 open comment', '1 suggestion to accept or reject']);
    await expect.poll(() => items(lead), LONG).toHaveLength(5);
    expect(await items(lead)).toContainEqual(expect.stringMatching(/^Suggestions“The need and the initiative” has a suggestion to accept or reject\./));
    expect(await items(medic)).toHaveLength(4); // not the medic's own
    expect(await wcagViolations(lead)).toEqual([]);
    await screenshot(lead, '95-waiting-entry-lead-1280');

    // On a phone: both pages whole, nothing sideways at 375 or 320 px.
    for (const page of [lead, medic]) await page.setViewportSize({ width: 375, height: 812 });
    await lead.goto(`${session.app.url}/`);
    await expect.poll(() => items(lead), LONG).toHaveLength(5);
    expect(await wcagViolations(lead)).toEqual([]);
    expect(await sideways(lead)).toBe(false);
    await screenshot(lead, '95-waiting-dashboard-375');
    await medic.reload();
    await expect.poll(() => counts(medic, NEED), LONG).toEqual(['0 of 500 words', '1 of 2 sign-offs', '1 open comment', '1 suggestion to accept or reject']);
    expect(await wcagViolations(medic)).toEqual([]);
    expect(await sideways(medic)).toBe(false);
    await screenshot(medic, '95-waiting-entry-375');
    for (const page of [lead, medic]) await page.setViewportSize({ width: 320, height: 700 });
    expect(await sideways(lead)).toBe(false);
    expect(await sideways(medic)).toBe(false);
  });
});
