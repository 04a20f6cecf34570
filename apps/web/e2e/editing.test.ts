// @vitest-environment node
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { browserSession, CHROMIUM, explainFailure, hasChromium, LONG, openDemoSection, screenshot, seriousViolations } from './browser';

if (!hasChromium) console.warn(`Skipping the co-editing browser tests: ${CHROMIUM} is not installed.`);

describe.skipIf(!hasChromium)('co-editing in Chromium, against the real server', { timeout: 180_000 }, () => {
  const session = browserSession({ env: { QUORUM_REVISION_SECONDS: '2' }, closeAfter: 'each' });
  const logIn = (email: string) => session.logIn(email);

  /** Puts the caret at the start of the text and types there, a key at a time. */
  async function typeAtStart(page: Page, text: Locator, words: string) {
    await text.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(words, { delay: 15 });
  }

  /** Puts the caret at the end of the text and types there, a key at a time. */
  async function typeAtEnd(page: Page, text: Locator, words: string) {
    await text.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(words, { delay: 15 });
  }

  /** The section's content as HTML, without the decorations that show other people's cursors. */
  const content = (text: Locator) =>
    text.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      // A widget at the end of a line brings ProseMirror's own separator and trailing break.
      copy.querySelectorAll('.app-caret, .ProseMirror-separator, .ProseMirror-trailingBreak').forEach((node) => node.remove());
      copy.querySelectorAll('.ProseMirror-yjs-selection').forEach((span) => span.replaceWith(...span.childNodes));
      copy.normalize();
      return copy.innerHTML;
    });

  /** The section's text as the server stores it, read through the API with this page's session. */
  const serverText = (page: Page, sectionId: string) =>
    page.evaluate(
      async ([entryQuery, id]) => {
        const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: entryQuery }) });
        const body = (await response.json()) as { data: { entries: { nodes: { sections: { id: string; text: string }[] }[] } } };
        return body.data.entries.nodes.flatMap((e) => e.sections).find((s) => s.id === id)?.text ?? '';
      },
      ['{ entries(first: 10) { nodes { sections { id text } } } }', sectionId] as const,
    );

  const sectionIdOf = (page: Page) => new URL(page.url()).pathname.split('/').pop()!;

  it('a nurse and a medic type into the same section at the same time; each sees the other’s text and both end the same', async () => {
    const nurse = await logIn('nurse@demo.quorum.test');
    const medic = await logIn('medic@demo.quorum.test');
    const nurseText = await openDemoSection(nurse.page, 'Impact on patient safety');
    const medicText = await openDemoSection(medic.page, 'Impact on patient safety');

    // Each sees the other in the entry, in this section.
    await expect.poll(() => nurse.page.getByTestId('also-here').textContent(), LONG).toContain('Dr Sunil Mehta');
    await expect.poll(() => medic.page.getByTestId('also-here').textContent(), LONG).toContain('Grace Mensah');

    const fromNurse = 'Sepsis screening rose from 61 to 89 percent on the acute wards.';
    const fromMedic = 'Time to antibiotics fell by 42 minutes for Black and Asian patients.';
    // Two people typing at the very same spot interleave, in Quorum as in any co-editor (each
    // keeps their own caret): so there is a line to write around, the nurse before it and the
    // medic after it, at the same time.
    await typeAtEnd(nurse.page, nurseText, 'Results.');
    await expect.poll(() => medicText.textContent(), LONG).toContain('Results.');
    await Promise.all([typeAtStart(nurse.page, nurseText, `${fromNurse} `), typeAtEnd(medic.page, medicText, ` ${fromMedic}`)]);

    await explainFailure({ nurse: nurse.page, medic: medic.page }, 'typing-together', async () => {
      for (const text of [nurseText, medicText]) {
        await expect.poll(() => text.textContent(), LONG).toContain(fromNurse);
        await expect.poll(() => text.textContent(), LONG).toContain(fromMedic);
      }
    });
    await expect.poll(async () => (await content(nurseText)) === (await content(medicText)), LONG).toBe(true);
    await expect.poll(() => nurse.page.getByTestId('save-status').textContent(), LONG).toBe('All changes saved');
    await expect.poll(() => medic.page.getByTestId('save-status').textContent(), LONG).toBe('All changes saved');
    const stored = await serverText(nurse.page, sectionIdOf(nurse.page));
    expect(stored).toContain(fromNurse);
    expect(stored).toContain(fromMedic);

    // The other's cursor shows with their name.
    await expect.poll(() => nurse.page.locator('.app-caret__label').allTextContents(), LONG).toContain('Dr Sunil Mehta');
    await nurse.page.waitForLoadState('networkidle');
    expect(await seriousViolations(nurse.page), 'axe on the entry page with the editor').toEqual([]);
    await screenshot(nurse.page, '20-editor-two-people');
    await medic.page.setViewportSize({ width: 390, height: 844 });
    await screenshot(medic.page, '21-editor-mobile');
  });

  it('keeps what is typed offline and sends it on return, losing nothing', async () => {
    const nurse = await logIn('nurse@demo.quorum.test');
    const medic = await logIn('medic@demo.quorum.test');
    const nurseText = await openDemoSection(nurse.page, 'Spreading the success');
    const medicText = await openDemoSection(medic.page, 'Spreading the success');

    const before = 'Written together before the train went into a tunnel.';
    await typeAtEnd(nurse.page, nurseText, before);
    await expect.poll(() => medicText.textContent(), LONG).toContain(before);

    await nurse.context.setOffline(true);
    await expect.poll(() => nurse.page.getByTestId('connection-status').textContent()).toContain('Offline');
    const offline = ' Typed offline: the checklist went to three more trusts.';
    await nurse.page.keyboard.type(offline, { delay: 15 });
    // The medic keeps writing meanwhile, in a paragraph of their own.
    const meanwhile = 'Added by the medic while the nurse was away.';
    await medicText.click();
    await medic.page.keyboard.press('Control+End');
    await medic.page.keyboard.press('Enter');
    await medic.page.keyboard.type(meanwhile, { delay: 15 });

    await expect.poll(() => nurse.page.getByTestId('connection-status').textContent()).toMatch(/Offline, \d+ unsent edits?/);
    expect(await nurse.page.getByTestId('save-status').textContent()).toMatch(/unsent edits?\. They are kept in this browser/);
    expect(await medicText.textContent()).not.toContain('Typed offline');
    await screenshot(nurse.page, '22-editor-offline');

    await nurse.context.setOffline(false);
    await expect.poll(() => medicText.textContent(), LONG).toContain(offline.trim());
    await expect.poll(() => nurseText.textContent(), LONG).toContain(meanwhile);
    await expect.poll(() => nurse.page.getByTestId('connection-status').textContent(), LONG).toBe('Connection: Connected');
    await expect.poll(() => nurse.page.getByTestId('save-status').textContent(), LONG).toBe('All changes saved');
    await expect.poll(async () => (await content(nurseText)) === (await content(medicText)), LONG).toBe(true);
    const stored = await serverText(medic.page, sectionIdOf(medic.page));
    for (const words of [before, offline.trim(), meanwhile]) expect(stored).toContain(words);
  });

  it('formats with the toolbar from the keyboard, warns near the word limit, and restores a revision after confirming', async () => {
    const nurse = await logIn('nurse@demo.quorum.test');
    const text = await openDemoSection(nurse.page, 'The need and the initiative');
    const toolbar = nurse.page.getByRole('toolbar', { name: 'Formatting' });

    await typeAtEnd(nurse.page, text, 'Why we started');
    // Alt+F10 reaches the toolbar; arrow keys move along it; Enter presses.
    await nurse.page.keyboard.press('Alt+F10');
    await expect.poll(() => nurse.page.evaluate(() => document.activeElement?.textContent)).toBe('Heading');
    await nurse.page.keyboard.press('ArrowRight');
    await nurse.page.keyboard.press('Enter');
    // A level 2 heading of the text, an h4 under the section's h2 title.
    await expect.poll(() => text.locator('h4').textContent()).toBe('Why we started');
    expect(await toolbar.getByRole('button', { name: 'Subheading' }).getAttribute('aria-pressed')).toBe('true');
    await nurse.page.keyboard.press('End');
    await nurse.page.keyboard.press('Enter');
    await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
    await nurse.page.keyboard.type('Sepsis was recognised late in minority ethnic patients.', { delay: 5 });
    await expect.poll(() => text.locator('ul li').count()).toBe(1);

    // Ctrl+K links the selected words; focus goes to the address, then back to the text.
    await nurse.page.keyboard.press('Enter');
    await nurse.page.keyboard.press('Enter');
    await nurse.page.keyboard.type('NHS sepsis guidance');
    await expect.poll(() => text.textContent()).toContain('NHS sepsis guidance');
    await nurse.page.keyboard.press('Shift+Home');
    await expect.poll(() => nurse.page.evaluate(() => window.getSelection()?.toString())).toBe('NHS sepsis guidance');
    // ProseMirror reads a keyboard selection from the DOM on its own selectionchange handler,
    // a moment after the browser shows it: under load, Ctrl+K could otherwise see none.
    await nurse.page.waitForTimeout(300);
    await nurse.page.keyboard.press('Control+k');
    await expect.poll(() => nurse.page.evaluate(() => document.activeElement?.id)).toBe('link-address');
    await nurse.page.keyboard.type('www.nhs.uk/conditions/sepsis/');
    await nurse.page.keyboard.press('Enter');
    await expect.poll(() => text.locator('a').getAttribute('href')).toBe('https://www.nhs.uk/conditions/sepsis/');
    expect(await text.locator('a').textContent()).toBe('NHS sepsis guidance');
    await expect.poll(() => nurse.page.evaluate(() => document.activeElement?.id)).toBe('section-text');
    await nurse.page.keyboard.press('End');

    // 460 words: past 90% of the 500 limit.
    await nurse.page.keyboard.press('Enter');
    await nurse.page.keyboard.press('Enter');
    await nurse.page.keyboard.insertText(Array.from({ length: 450 }, (_, i) => `word${i}`).join(' '));
    await expect.poll(() => nurse.page.getByTestId('word-count').textContent(), LONG).toMatch(/You have \d+ words remaining/);
    await expect.poll(() => nurse.page.getByTestId('word-count-announcement').textContent(), LONG).toMatch(/You have \d+ words remaining/);
    await nurse.page.keyboard.insertText(
      ' more words to go over the limit now for sure please forty more words here so it is surely over the limit of five hundred words one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty',
    );
    await expect.poll(() => nurse.page.getByTestId('word-count').textContent(), LONG).toMatch(/Over the limit: You have \d+ words? too many/);
    await expect.poll(() => nurse.page.getByTestId('save-status').textContent(), LONG).toBe('All changes saved');
    await screenshot(nurse.page, '23-editor-over-limit');
    await screenshot(nurse.page.getByTestId('section-editor'), '23-editor-over-limit-detail');

    // After the revision interval, an edit saves a revision of the text so far.
    await nurse.page.waitForTimeout(2500);
    await nurse.page.keyboard.type(' Last words.');
    await expect.poll(() => nurse.page.getByTestId('save-status').textContent(), LONG).toBe('All changes saved');
    await nurse.page.waitForTimeout(500);

    // Clear the text, then bring the revision back.
    await text.click();
    await nurse.page.keyboard.press('Control+A');
    await nurse.page.keyboard.press('Delete');
    await expect.poll(() => nurse.page.getByTestId('word-count').textContent()).toBe('0 words of 500 used');
    await expect.poll(() => nurse.page.getByTestId('save-status').textContent(), LONG).toBe('All changes saved');

    await nurse.page.getByText('Revision history').click();
    const view = nurse.page.getByRole('button', { name: /^View the revision saved/ }).first();
    await view.waitFor(LONG);
    await view.click();
    await expect.poll(() => nurse.page.getByTestId('revision-text').locator('h5').first().textContent()).toBe('Why we started');
    await nurse.page.getByRole('button', { name: 'Restore this revision' }).click();
    await expect.poll(() => nurse.page.evaluate(() => document.activeElement?.textContent)).toContain('Restore this revision?');
    await nurse.page.waitForLoadState('networkidle');
    expect(await seriousViolations(nurse.page), 'axe on the revision history').toEqual([]);
    await screenshot(nurse.page, '24-revision-confirm');
    await screenshot(nurse.page.getByTestId('revision-view'), '24-revision-confirm-detail');
    await nurse.page.getByRole('button', { name: 'Yes, restore this revision' }).click();
    await expect.poll(() => text.locator('h4').textContent(), LONG).toBe('Why we started');
    await expect.poll(() => nurse.page.locator('.app-revisions__done').textContent()).toContain('has been restored');
  });

  it('shows a patient representative the live text with no editor, and the API refuses their edit', async () => {
    const patient = await logIn('patient@demo.quorum.test');
    const nurse = await logIn('nurse@demo.quorum.test');
    const readOnly = await openDemoSection(patient.page, 'Quality, experience and value');
    const nurseText = await openDemoSection(nurse.page, 'Quality, experience and value');

    // No text box for the section (the page has others: the sign-off note, comments).
    expect(await patient.page.getByRole('textbox', { name: 'Quality, experience and value' }).count()).toBe(0);
    expect(await patient.page.getByRole('toolbar').count()).toBe(0);
    expect(await readOnly.getAttribute('contenteditable')).toBe('false');
    expect(await patient.page.getByRole('button', { name: 'Restore this revision' }).count()).toBe(0);

    // Still live: the nurse's words arrive.
    const words = 'Patients told us the leaflets now come in Bengali, Urdu and Somali.';
    await typeAtEnd(nurse.page, nurseText, words);
    await expect.poll(() => readOnly.textContent(), LONG).toContain(words);
    await patient.page.waitForLoadState('networkidle');
    expect(await seriousViolations(patient.page), 'axe on the read-only entry page').toEqual([]);
    await screenshot(patient.page, '25-read-only');

    // The API refuses an edit from the patient representative's session.
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Not allowed')]);
    doc.getXmlFragment('content').insert(0, [paragraph]);
    const update = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
    const answer = await patient.page.evaluate(
      async ([sectionId, base64]) => {
        const query = 'mutation($i: ApplySectionUpdateInput!) { applySectionUpdate(input: $i) { version } }';
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables: { i: { sectionId, update: base64, clientId: 'patient-test' } } }),
        });
        return (await response.json()) as { errors?: { extensions: { code: string } }[] };
      },
      [sectionIdOf(patient.page), update] as const,
    );
    expect(answer.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await readOnly.textContent()).not.toContain('Not allowed');
  });
});
