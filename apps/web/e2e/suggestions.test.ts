// @vitest-environment node
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { announcements, apiFrom, browserSession, checkPage, CHROMIUM, DEMO_PASSWORD, explainFailure, hasChromium, LONG, openSectionAt, recordAnnouncements, screenshot } from './browser';

const SECTION = 'Patient involvement and teamwork';

if (!hasChromium) console.warn(`Skipping the suggestions browser tests: ${CHROMIUM} is not installed.`);

describe.skipIf(!hasChromium)('suggesting mode in Chromium, against the real server', { timeout: 300_000 }, () => {
  let entryId = '';
  let lead: Page;
  let sectionId = '';
  const session = browserSession({ closeAfter: 'all' });
  const logIn = async (email: string): Promise<Page> => {
    const { page } = await session.logIn(email);
    page.on('pageerror', (e) => console.error('PAGEERROR', e.message));
    page.on('console', (m) => m.type() === 'error' && console.error('CONSOLE', m.text()));
    return page;
  };

  const openSection = (page: Page) => openSectionAt(page, `${session.app.url}/entries/${entryId}/sections/${sectionId}`, SECTION);
  /** Shift+arrows until the selection holds `words` (a key press can be lost while the page is busy with others' updates). */
  async function selectWith(page: Page, key: 'Shift+ArrowLeft' | 'Shift+ArrowRight', words: string) {
    for (let i = 0; i < words.length + 5 && (await page.evaluate(() => window.getSelection()?.toString())) !== words; i++) await page.keyboard.press(key);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(words);
    // The editor takes the browser's selection on its selectionchange event, which comes a moment after the key.
    await page.waitForTimeout(300);
  }
  const saved = (page: Page) => expect.poll(() => page.getByTestId('save-status').textContent(), LONG).toBe('All changes saved');
  const mode = (page: Page, name: string) => page.getByTestId('mode-switch').getByRole('button', { name, exact: true });

  it('an editor switches to Suggesting: typing and deleting show as marked suggestions, undo takes them back, Editing types directly', async () => {
    lead = await logIn('lead@demo.quorum.test');
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
    await selectWith(lead, 'Shift+ArrowLeft', 'start.');
    await lead.keyboard.press('Backspace');
    await expect.poll(() => text.locator('del').allTextContents(), LONG).toEqual(['start.']);
    // Screen readers hear where it starts and ends; the text itself is unchanged.
    expect(await text.textContent()).toMatch(/Patients shaped the leaflets from the +\[Suggested deletion[^:]*: start\., end of suggestion\]/);
    await saved(lead);
    await checkPage(lead, '90-suggesting-mode');
  });

  it('the medic approves; the lead starts in Suggesting there, told whose approval typing would void; the patient representative suggests a rewording, which the lead sees live with her name, and the approval still counts', async () => {
    // The medic approves the section.
    const medic = await logIn('medic@demo.quorum.test');
    await openSection(medic);
    const panel = medic.getByTestId('sign-off-panel');
    await panel.getByLabel('Approve', { exact: true }).check();
    await panel.getByLabel('Your password', { exact: true }).fill(DEMO_PASSWORD);
    await panel.getByRole('button', { name: 'Sign off this section' }).click();
    const medicSlot = panel.locator('.nhsuk-summary-list__row', { hasText: 'A clinician' });
    await explainFailure({ medic }, 'medic-approves', () => expect.poll(() => medicSlot.textContent(), LONG).toContain('Approved by Dr Sunil Mehta'));

    // The lead, opening the section again: whose approval direct typing would void, and Suggesting on.
    const leadText = await openSection(lead);
    const notice = lead.getByTestId('signed-notice');
    await expect.poll(() => notice.textContent(), LONG).toContain('Dr Sunil Mehta (medic)');
    await expect.poll(() => mode(lead, 'Suggesting').getAttribute('aria-pressed'), LONG).toBe('true');
    // The notice stands beside the text: at 1280x800 the text's first line is still on the first screen.
    const viewport = lead.viewportSize()!;
    await lead.setViewportSize({ width: 1280, height: 800 });
    await lead.evaluate(() => window.scrollTo(0, 0));
    expect((await leadText.locator('p').first().boundingBox())!.y + 24).toBeLessThan(800);
    expect((await notice.boundingBox())!.x).toBeGreaterThan((await leadText.boundingBox())!.x + 400);
    await lead.setViewportSize(viewport);

    // The patient representative may only suggest: no switch, a note why, and the editor.
    const patient = await logIn('patient@demo.quorum.test');
    const patientText = await openSection(patient);
    await expect.poll(() => patient.getByTestId('suggest-only').textContent(), LONG).toContain('Your role suggests changes rather than editing');
    expect(await patient.getByTestId('mode-switch').count()).toBe(0);
    expect(await patientText.getAttribute('contenteditable')).toBe('true');
    // She rewords "shaped": selects it and types over it.
    await patientText.click();
    await patient.keyboard.press('Control+Home');
    for (let i = 0; i < 'Patients '.length; i++) await patient.keyboard.press('ArrowRight');
    await selectWith(patient, 'Shift+ArrowRight', 'shaped');
    await patient.keyboard.type('co-designed', { delay: 10 });
    await explainFailure({ patient }, 'patient-suggests', async () => {
      await expect.poll(() => patientText.locator('del').allTextContents(), LONG).toEqual(['shaped', 'start.']);
      await expect.poll(() => patientText.locator('ins').allTextContents(), LONG).toEqual(['co-designed']);
      await saved(patient);
    });

    // She adds words right after the lead's suggested deletion: her own suggestion, under her own id
    // (the library would have given them the lead's, which the server refuses).
    await patient.keyboard.press('Control+End');
    await patient.keyboard.type(' Families helped.', { delay: 10 });
    await explainFailure({ patient }, 'patient-adds', async () => {
      await expect.poll(() => patientText.locator('ins').allTextContents(), LONG).toEqual(['co-designed', ' Families helped.']);
      await saved(patient);
    });

    // The lead sees it arrive, marked as hers.
    await explainFailure({ lead }, 'lead-sees-suggestion', () => expect.poll(() => leadText.locator('ins').allTextContents(), LONG).toEqual(['co-designed', ' Families helped.']));
    await expect.poll(() => lead.locator('#section-text [title^="Suggested insertion by Joy Campbell (patient representative)"]').count(), LONG).toBeGreaterThan(0);
    // Suggesting left the text as approved: the medic's approval still counts.
    await medic.reload();
    await expect.poll(() => medicSlot.textContent(), LONG).toContain('Approved by Dr Sunil Mehta');
    await checkPage(lead, '91-signed-section-suggestion');
    await checkPage(patient, '92-patient-suggests');
    // On a phone, as the patient representative and the lead see it.
    for (const page of [patient, lead]) await page.setViewportSize({ width: 375, height: 812 });
    // Her note stays one short line in the controls that stay at the top while writing.
    await expect.poll(async () => (await patient.getByTestId('suggest-only').boundingBox())!.height, LONG).toBeLessThan(60);
    await screenshot(patient, '92-patient-suggests-375');
    await screenshot(lead, '91-signed-section-suggestion-375');
    for (const page of [patient, lead]) await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('the lead sees the suggestion live in the list, comments on it and accepts it by keyboard; only then does the medic’s approval go stale, and the medic is told', async () => {
    const medic = await logIn('medic@demo.quorum.test');
    const unread = async () => Number((await medic.getByTestId('notifications-button').textContent())!.match(/(\d+) unread/)?.[1] ?? 0);
    await expect.poll(() => medic.getByTestId('notifications-button').textContent(), LONG).toMatch(/^Notifications/);
    const before = await unread();

    const list = lead.getByTestId('suggestions-panel');
    const card = list.locator('.app-suggestion-card', { hasText: 'co-designed' });
    await explainFailure({ lead }, 'suggestion-listed', () => expect.poll(() => card.textContent(), LONG).toContain('Joy Campbell'));
    expect(await card.textContent()).toContain('Patient representative');
    expect(await card.textContent()).toMatch(/Replace: \[deleted: shaped\] \[added: co-designed\]/);
    await checkPage(lead, '93-suggestions-list', list);
    await screenshot(lead, '93-suggestions-1280');

    // A comment on it, by keyboard: the thread hangs on the suggestion (and is in the comments panel too).
    await card.getByRole('button', { name: /^Comment on Joy Campbell’s suggestion/ }).focus();
    await lead.keyboard.press('Enter');
    await lead.keyboard.type('Good: the panel did shape them from the first draft.');
    await lead.keyboard.press('Tab');
    await lead.keyboard.press('Enter');
    await expect.poll(() => lead.getByTestId('announcer').textContent(), LONG).toContain('Your comment on Joy Campbell’s suggestion');
    await expect.poll(() => card.textContent(), LONG).toContain('Amara Okafor: Good: the panel did shape them');

    // Accepted by keyboard; said, and the text takes it. Every announcement is recorded: the
    // acceptance is followed at once by the one saying the section's sign-offs no longer count
    // (said with it when they come together), which can take the live region before a poll reads it.
    await recordAnnouncements(lead);
    await card.getByRole('button', { name: /^Accept Joy Campbell’s suggestion/ }).focus();
    await lead.keyboard.press('Enter');
    const accepted = expect.stringContaining('Accepted Joy Campbell’s suggestion to replace “shaped” with “co-designed”');
    await expect.poll(() => announcements(lead), LONG).toContainEqual(accepted);
    // (Joy Campbell's caret may sit after her words: her name is not part of the text.)
    await expect.poll(() => lead.locator('#section-text ins').allTextContents(), LONG).toEqual([' Families helped.']);
    expect(await lead.locator('#section-text').textContent()).toMatch(/^Patients co-designed(Joy Campbell)? the leaflets/);
    expect(await lead.locator('#section-text').textContent()).not.toContain('shaped');

    // Only now does the medic's approval stop counting, and he is told.
    const medicPanel = medic.getByTestId('sign-off-panel');
    await openSection(medic);
    await expect.poll(() => medicPanel.locator('.nhsuk-summary-list__row', { hasText: 'A clinician' }).textContent(), LONG).toContain('Missing');
    await expect.poll(() => unread(), LONG).toBeGreaterThan(before);
  });

  it('the lead rejects her own pending deletion by keyboard, then all that is left; the list says there are none', async () => {
    const list = lead.getByTestId('suggestions-panel');
    const card = list.locator('.app-suggestion-card', { hasText: 'start.' });
    await expect.poll(() => card.count(), LONG).toBe(1);
    await card.getByRole('button', { name: /^Reject Amara Okafor’s suggestion to delete/ }).focus();
    await lead.keyboard.press('Enter');
    await expect.poll(() => lead.getByTestId('announcer').textContent(), LONG).toMatch(/^Rejected Amara Okafor’s suggestion to delete “start\.”/);
    // Focus moves to the suggestion now in its place: Joy Campbell's addition.
    await expect.poll(() => lead.evaluate(() => document.activeElement?.textContent ?? ''), LONG).toContain('Families helped.');
    await lead.keyboard.press('Shift+Tab');
    await list.getByRole('button', { name: 'Reject all', exact: true }).focus();
    await lead.keyboard.press('Enter');
    // Many at once asks first, in place: the question takes focus, Tab reaches Yes.
    await expect.poll(() => lead.evaluate(() => document.activeElement?.textContent)).toBe('Reject the suggestion?');
    await lead.keyboard.press('Tab');
    await lead.keyboard.press('Enter');
    await expect.poll(() => lead.getByTestId('announcer').textContent(), LONG).toBe('Rejected the suggestion.');
    await expect.poll(() => list.textContent(), LONG).toContain('No suggested changes');
    expect(await lead.locator('#section-text ins').count()).toBe(0);
    // Focus went back to the list's heading, so the keyboard carries on from there.
    expect(await lead.evaluate(() => document.activeElement?.id)).toBe('suggestions-heading');
    expect(await lead.locator('#section-text del').count()).toBe(0);
    await checkPage(lead, '94-suggestions-none');
    await lead.setViewportSize({ width: 375, height: 812 });
    await screenshot(lead, '95-suggestions-phone');
    await lead.setViewportSize({ width: 1280, height: 800 });
    await screenshot(lead, '95-suggestions-desktop');
  });

  it('the patient representative suggests in a section written through the API that ends with a list, before anyone has opened it in the editor', async () => {
    // The editor adds an empty paragraph after a closing list as it opens the section (Tiptap's
    // TrailingNode); that update, sent by someone who may only suggest, was refused, and with it
    // every suggestion she typed there.
    const WRITTEN = 'The need and the initiative';
    const markdown = '# What we did\n\nWe changed triage.\n\n- Checked nail beds.\n- Put interpreters on call.';
    type Sections = { data: { entries: { nodes: { id: string; sections: { id: string; title: string; version: number; markdown: string; pendingSuggestionCount: number }[] }[] } } };
    const sectionsQuery = '{ entries(first: 10) { nodes { id sections { id title version markdown pendingSuggestionCount } } } }';
    // Its own pages, so that it runs alone too (vitest -t).
    const writer = await logIn('lead@demo.quorum.test');
    const entry = async () => (await apiFrom<Sections>(writer, sectionsQuery)).data.entries.nodes[0];
    const written = async () => (await entry()).sections.find((s) => s.title === WRITTEN)!;
    const section = await written();
    const replaced = await apiFrom(writer, 'mutation($i: ReplaceSectionContentInput!) { replaceSectionContent(input: $i) { section { id } } }', {
      i: { sectionId: section.id, markdown, baseVersion: section.version },
    });
    expect(replaced.errors).toBeUndefined();
    const before = (await written()).markdown;

    const patient = await logIn('patient@demo.quorum.test');
    await patient.goto(`${session.app.url}/entries/${(await entry()).id}/sections/${section.id}`);
    const text = patient.locator('#section-text');
    await text.waitFor(LONG);
    await expect.poll(() => text.locator('li').count(), LONG).toBe(2);
    await text.locator('li', { hasText: 'Checked nail beds.' }).click();
    await patient.keyboard.press('End');
    await patient.keyboard.type(' daily', { delay: 10 });
    await explainFailure({ patient }, 'patient-suggests-in-written-section', async () => {
      await expect.poll(() => text.locator('ins').allTextContents(), LONG).toEqual([' daily']);
      await saved(patient);
      await expect.poll(async () => (await written()).pendingSuggestionCount, LONG).toBe(1);
    });
    expect(await patient.getByTestId('section-text-problem').count()).toBe(0);
    // Only suggested: the accepted text is as written.
    expect((await written()).markdown).toBe(before);
  });
  it('a change of the patient representative’s that the server refuses (in the lead’s suggestion) is set aside: she is told why, the saved text shows again, and what she types next is saved', async () => {
    const TITLE = 'Spreading the success';
    type Found = { data: { entries: { nodes: { id: string; sections: { id: string; title: string; version: number; pendingSuggestionCount: number }[] }[] } } };
    const writer = await logIn('lead@demo.quorum.test');
    const found = async () => (await apiFrom<Found>(writer, '{ entries(first: 10) { nodes { id sections { id title version pendingSuggestionCount } } } }')).data.entries.nodes[0];
    const target = async () => (await found()).sections.find((s) => s.title === TITLE)!;
    const section = await target();
    const replaced = await apiFrom(writer, 'mutation($i: ReplaceSectionContentInput!) { replaceSectionContent(input: $i) { section { id } } }', {
      i: { sectionId: section.id, markdown: 'Waits fell by a third.', baseVersion: section.version },
    });
    expect(replaced.errors).toBeUndefined();
    const url = `${session.app.url}/entries/${(await found()).id}/sections/${section.id}`;

    // The lead suggests words at the end of the paragraph.
    await writer.goto(url);
    const leadText = writer.locator('#section-text');
    await leadText.waitFor(LONG);
    await mode(writer, 'Suggesting').click();
    await leadText.locator('p', { hasText: 'Waits fell' }).click();
    await writer.keyboard.press('End');
    await writer.keyboard.type(' Audits confirmed it.', { delay: 5 });
    await expect.poll(() => leadText.locator('ins').allTextContents(), LONG).toEqual([' Audits confirmed it.']);
    await saved(writer);

    // The patient representative deletes within the lead's suggestion: the server refuses it.
    const patient = await logIn('patient@demo.quorum.test');
    await patient.goto(url);
    const text = patient.locator('#section-text');
    await text.waitFor(LONG);
    await expect.poll(() => text.locator('ins').allTextContents(), LONG).toEqual([' Audits confirmed it.']);
    await text.locator('ins').click();
    await patient.keyboard.press('End');
    await patient.keyboard.press('Backspace');
    await patient.keyboard.press('Backspace');
    const notice = patient.getByTestId('set-aside');
    await explainFailure({ patient }, 'refused-set-aside', () => expect.poll(() => notice.textContent(), LONG).toContain('someone else’s suggestion'));
    expect(await notice.textContent()).toContain('The section shows its saved text again');
    // Only a deletion was refused: no words of hers were lost, and the lead's words show whole again.
    expect(await notice.textContent()).toContain('No words you added were lost');
    await expect.poll(() => text.locator('ins').allTextContents(), LONG).toEqual([' Audits confirmed it.']);
    // The count is of the accepted text, as the side list and the server count it, with the suggestions' effect beside it.
    expect(await patient.getByTestId('word-count').textContent()).toBe('5 words of 400 used; 8 with the suggestions accepted');
    // It took focus, so that a screen reader reads it first.
    expect(await patient.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('set-aside');
    await checkPage(patient, '96-refused-change-set-aside');
    // On a phone, the notice scrolled to the top (where focus takes it) leaves the text's first line on the same screen.
    await patient.setViewportSize({ width: 375, height: 812 });
    await notice.evaluate((n) => n.scrollIntoView({ block: 'start' }));
    const firstLine = await text.locator('p').first().boundingBox();
    expect(firstLine!.y + Math.min(firstLine!.height, 30), `the notice is ${(await notice.boundingBox())!.height}px high`).toBeLessThanOrEqual(812);
    await screenshot(patient, '96-refused-change-set-aside-phone');
    await patient.setViewportSize({ width: 1280, height: 900 });

    // She carries on: what she types now is saved, as her own suggestion.
    await text.locator('p', { hasText: 'Waits fell' }).click();
    await patient.keyboard.press('Home');
    await patient.keyboard.type('Overall, ', { delay: 10 });
    await explainFailure({ patient }, 'saved-after-set-aside', async () => {
      await saved(patient);
      await expect.poll(async () => (await target()).pendingSuggestionCount, LONG).toBe(2);
    });
    await notice.getByRole('button', { name: 'Close this message' }).click();
    expect(await notice.count()).toBe(0);
  });
});
