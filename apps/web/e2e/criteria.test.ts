// @vitest-environment node
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiFrom, browserSession, CHROMIUM, DEMO_PASSWORD, hasChromium, LONG, openSectionAt, screenshot, wcagViolations } from './browser';

// Issue 12: a judging criterion linked to a passage of the text, which follows the passage
// through another person's edits; readiness reaches "ready to submit" from the app alone.
const SECTION = 'Patient involvement and teamwork';
const PASSAGE = 'reviewed every change to the triage checklist';

if (!hasChromium) console.warn(`Skipping the criteria browser tests: ${CHROMIUM} is not installed.`);

interface EntryShape {
  id: string;
  members: { role: string; user: { email: string } }[];
  sections: { id: string; title: string; contentHash: string; criteria: { id: string; text: string }[]; signOffStatus: { slots: { key: string; held: boolean; roles: string[] }[] } }[];
  readiness: { ready: boolean; uncoveredCriteria: { id: string }[] };
}

const ENTRY = `{ entries(first: 1) { nodes { id members { role user { email } } sections { id title contentHash criteria { id text }
  signOffStatus { slots { key held roles } } } readiness { ready uncoveredCriteria { id } } } } }`;

describe.skipIf(!hasChromium)('criteria linked to passages in Chromium, against the real server', { timeout: 240_000 }, () => {
  const session = browserSession({ env: { QUORUM_DEMO_CONTENT: 'true' }, closeAfter: 'all' });
  const logIn = async (email: string): Promise<Page> => (await session.logIn(email)).page;
  const entryNow = async (page: Page): Promise<EntryShape> => (await apiFrom<{ data: { entries: { nodes: EntryShape[] } } }>(page, ENTRY)).data.entries.nodes[0];

  /** Sets the caret or a selection in the section's text by the words around it (a DOM selection, which ProseMirror reads). */
  async function select(page: Page, words: string, from: number, to: number) {
    await page.evaluate(
      ([wanted, a, b]) => {
        const root = document.querySelector<HTMLElement>('#section-text')!;
        root.focus();
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(wanted);
          if (at >= 0) return void getSelection()!.setBaseAndExtent(node, at + a, node, at + b);
        }
        throw new Error(`“${wanted}” is not in the text`);
      },
      [words, from, to] as const,
    );
  }

  const openSection = (page: Page, entryId: string, sectionId: string) => openSectionAt(page, `${session.app.url}/entries/${entryId}/sections/${sectionId}`, SECTION);

  it('a criterion linked to a passage follows it through another person’s edits, and readiness becomes ready once every criterion is addressed', async () => {
    const lead = await logIn('lead@demo.quorum.test');
    const entry = await entryNow(lead);
    const section = entry.sections.find((s) => s.title === SECTION)!;
    const criterion = section.criteria[0];

    // Every other criterion answered by its section (as the evidence page would), so that this one is what is left.
    for (const s of entry.sections) {
      for (const c of s.criteria.filter((c) => c.id !== criterion.id)) {
        const linked = await apiFrom(lead, 'mutation($i: LinkCriterionInput!) { linkCriterion(input: $i) { criterion { covered } } }', { i: { criterionId: c.id, sectionIds: [s.id] } });
        expect(linked.data.linkCriterion.criterion.covered).toBe(true);
      }
    }
    expect((await entryNow(lead)).readiness.uncoveredCriteria).toEqual([{ id: criterion.id }]);

    // The lead selects words in the text and links them to the criterion, under the folded guidance.
    await openSection(lead, entry.id, section.id);
    await lead.getByText('Guidance and what the judges look for').click();
    const item = lead.getByTestId(`criterion-${criterion.id}`);
    await expect.poll(() => item.textContent(), LONG).toContain('(not yet addressed)');
    await select(lead, PASSAGE, 0, PASSAGE.length);
    // By keyboard: the selection stays in the text while the button has focus.
    await item.getByRole('button', { name: `Link selected words to “${criterion.text}”` }).focus();
    await lead.keyboard.press('Enter');
    await expect.poll(() => lead.getByTestId('criteria-status').textContent(), LONG).toBe(`Linked “${PASSAGE}” to the criterion “${criterion.text}”.`);
    await expect.poll(() => item.getByRole('button', { name: /select it in the text/ }).textContent(), LONG).toBe(`“${PASSAGE}” (select it in the text)`);
    expect(await item.textContent()).toContain('(addressed)');
    // Focus stays on the button (a disabled button used to drop it to the page while linking).
    expect(await lead.evaluate(() => document.activeElement?.textContent)).toContain('Link selected words');
    expect((await entryNow(lead)).readiness.uncoveredCriteria).toEqual([]);
    await lead.waitForLoadState('networkidle');
    expect(await wcagViolations(lead), 'axe on the section page with a linked criterion').toEqual([]);
    await screenshot(lead, '90-criterion-linked-to-a-passage');
    await screenshot(lead.getByTestId('section-criteria'), '90-criterion-linked-to-a-passage-list');

    // The nurse, at her own laptop, writes before the passage and inside it.
    const nurse = await logIn('nurse@demo.quorum.test');
    await openSection(nurse, entry.id, section.id);
    await select(nurse, 'A patient panel', 0, 0);
    await nurse.keyboard.type('Since 2023, ', { delay: 5 });
    await select(nurse, PASSAGE, 'reviewed every'.length, 'reviewed every'.length);
    await nurse.keyboard.type(' single', { delay: 5 });
    await expect.poll(() => nurse.getByTestId('save-status').textContent(), LONG).toBe('All changes saved');
    const moved = 'reviewed every single change to the triage checklist';

    // The lead's list follows: the quote reads as the passage does now, and choosing it selects it where it now is.
    await expect.poll(() => item.getByRole('button', { name: /select it in the text/ }).textContent(), LONG).toBe(`“${moved}” (select it in the text)`);
    await expect.poll(() => lead.locator('#section-text').textContent(), LONG).toContain(`Since 2023, A patient panel`);
    await item.getByRole('button', { name: /select it in the text/ }).click();
    await expect.poll(() => lead.evaluate(() => getSelection()?.toString()), LONG).toBe(moved);

    // Sign-offs on the final text, each slot by someone in its role: then nothing is left.
    const people = new Map<string, Page>([
      ['lead@demo.quorum.test', lead],
      ['nurse@demo.quorum.test', nurse],
    ]);
    const now = await entryNow(lead);
    for (const s of now.sections) {
      for (const slot of s.signOffStatus.slots.filter((x) => !x.held)) {
        const email = now.members.find((m) => slot.roles.includes(m.role))!.user.email;
        if (!people.has(email)) people.set(email, await logIn(email));
        const signed = await apiFrom(people.get(email)!, 'mutation($i: SignOffSectionInput!) { signOffSection(input: $i) { signOff { id } } }', {
          i: { sectionId: s.id, slotKey: slot.key, meaning: 'APPROVE', contentHash: s.contentHash, password: DEMO_PASSWORD },
        });
        expect(signed.errors, `${email} signs “${s.title}” for ${slot.key}`).toBeUndefined();
      }
    }
    await lead.goto(`${session.app.url}/entries/${entry.id}/evidence`);
    await expect.poll(() => lead.locator('h2', { hasText: 'Readiness to submit' }).isVisible(), LONG).toBe(true);
    await expect.poll(() => lead.getByText('Ready to submit', { exact: true }).count(), LONG).toBe(1);
    expect((await entryNow(lead)).readiness.ready).toBe(true);
    await screenshot(lead, '91-ready-to-submit');

    // Unlinked, the criterion is not addressed again, and readiness says so.
    await openSection(lead, entry.id, section.id);
    await item.getByRole('button', { name: `Unlink “${moved}”` }).click();
    await expect.poll(() => lead.getByTestId('criteria-status').textContent(), LONG).toBe(`Unlinked “${moved}”.`);
    await expect.poll(() => item.textContent(), LONG).toContain('(not yet addressed)');
    expect((await entryNow(lead)).readiness).toEqual({ ready: false, uncoveredCriteria: [{ id: criterion.id }] });
  });
});
