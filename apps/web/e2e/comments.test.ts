// @vitest-environment node
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiFrom, browserSession, CHROMIUM, DEMO_ENTRY, hasChromium, LONG, openDemoSection, screenshot, seriousViolations, wcagViolations } from './browser';

if (!hasChromium) console.warn(`Skipping the comments browser tests: ${CHROMIUM} is not installed.`);

describe.skipIf(!hasChromium)('comments and review mode in Chromium, against the real server', { timeout: 180_000 }, () => {
  const session = browserSession({ closeAfter: 'each' });
  const logIn = async (email: string): Promise<Page> => (await session.logIn(email)).page;

  async function write(page: Page, text: Locator, words: string) {
    await text.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(words, { delay: 5 });
    await expect.poll(() => page.getByTestId('save-status').textContent(), LONG).toBe('All changes saved');
  }

  /** Selects some words of the section's text as a person would with the mouse (a DOM selection, which ProseMirror reads). */
  async function selectWords(page: Page, words: string) {
    await page.evaluate((wanted) => {
      const root = document.querySelector<HTMLElement>('#section-text')!;
      if (root.isContentEditable) root.focus();
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at >= 0) return void getSelection()!.setBaseAndExtent(node, at, node, at + wanted.length);
      }
      throw new Error(`“${wanted}” is not in the text`);
    }, words);
    await expect.poll(() => page.locator('.app-new-comment__tip').textContent(), LONG).toBe(`On the selected words: ${words}`);
  }

  const openThreads = (page: Page) => page.getByTestId('open-comments').getByTestId('comment-thread');
  const marks = (page: Page) => page.locator('#section-text .app-comment-mark').allTextContents();
  const announced = (page: Page) => page.getByTestId('announcer').textContent();

  it('a comment on a passage appears live for the other member, highlighted; they reply; it is resolved and leaves the open list for both', async () => {
    const nurse = await logIn('nurse@demo.quorum.test');
    const medic = await logIn('medic@demo.quorum.test');
    const nurseText = await openDemoSection(nurse, 'Impact on patient safety');
    const medicText = await openDemoSection(medic, 'Impact on patient safety');
    await write(nurse, nurseText, 'Sepsis screening within one hour rose from 61 to 89 percent on the acute wards.');
    await expect.poll(() => medicText.textContent(), LONG).toContain('rose from 61 to 89 percent');

    // The nurse selects a passage and comments on it.
    await selectWords(nurse, 'within one hour');
    await nurse.getByRole('button', { name: 'Add a comment' }).click();
    expect(await nurse.getByLabel('The words selected in the text').isChecked()).toBe(true);
    await nurse.getByLabel('Your comment').fill('Is this for all patients, or only those screened in ED?');
    await nurse.getByRole('button', { name: 'Add comment', exact: true }).click();
    await expect.poll(() => announced(nurse), LONG).toBe('Your comment has been added.');
    await expect.poll(() => marks(nurse), LONG).toEqual(['within one hour']);

    // The medic sees it arrive without reloading: in the panel, highlighted in the text, and announced.
    await expect.poll(() => openThreads(medic).count(), LONG).toBe(1);
    const thread = openThreads(medic).first();
    expect(await thread.locator('.app-comment-thread__about').textContent()).toBe('On the passage: within one hour');
    expect(await thread.locator('.app-comment__byline').first().textContent()).toMatch(/^Grace MensahNurse\d/);
    expect(await thread.locator('.app-comment__body').first().textContent()).toBe('Is this for all patients, or only those screened in ED?');
    await expect.poll(() => marks(medic), LONG).toEqual(['within one hour']);
    await expect.poll(() => announced(medic), LONG).toBe('New comment from Grace Mensah on “within one hour”');

    // By keyboard: arrowing into the highlighted passage chooses its thread and says so, and
    // Ctrl+Alt+M (with nothing selected) goes on to the comment, where a screen reader reads it.
    await medicText.focus();
    await medic.keyboard.press('Control+Home');
    for (let i = 0; i < 'Sepsis screening w'.length; i++) await medic.keyboard.press('ArrowRight');
    await expect.poll(() => thread.getAttribute('class')).toContain('app-comment-thread--active');
    await expect.poll(() => announced(medic)).toBe('Comment by Grace Mensah on this passage. Control+Alt+M goes to it.');
    await medic.keyboard.press('Control+Alt+M');
    await expect.poll(() => medic.evaluate(() => document.activeElement?.closest('[data-testid="comment-thread"] .app-comment') !== null)).toBe(true);
    expect(await medic.evaluate(() => document.activeElement?.textContent)).toContain('Is this for all patients');

    // Choosing the thread marks its passage.
    await thread.getByRole('button', { name: /^Show in the text/ }).click();
    await expect.poll(() => medic.locator('#section-text .app-comment-mark--active').textContent()).toBe('within one hour');
    await medic.waitForLoadState('networkidle');
    expect(await seriousViolations(medic), 'axe on the workspace with a comment').toEqual([]);
    await screenshot(medic, '60-comment-live-for-the-medic');
    await screenshot(medic.getByTestId('comments-panel'), '60-comment-live-for-the-medic-panel');

    // The medic replies; the nurse sees the reply.
    await thread.getByRole('button', { name: /^Reply/ }).click();
    await medic.getByLabel('Your reply').fill('All patients on the acute wards; ED is in the next section.');
    await medic.getByRole('button', { name: 'Reply', exact: true }).click();
    await expect.poll(() => announced(medic), LONG).toBe('Your reply has been added.');
    await expect.poll(() => openThreads(nurse).first().locator('.app-comment-thread__replies').textContent(), LONG).toContain('All patients on the acute wards; ED is in the next section.');
    expect(await openThreads(nurse).first().locator('.app-comment-thread__replies .app-comment__byline').textContent()).toMatch(/^Dr Sunil MehtaMedic\d/);
    await expect.poll(() => announced(nurse), LONG).toBe('New reply from Dr Sunil Mehta to the comment on “within one hour”');

    // The nurse resolves it: it leaves the open list, and the highlight goes, for both.
    await openThreads(nurse)
      .first()
      .getByRole('button', { name: /^Resolve/ })
      .click();
    for (const page of [nurse, medic]) {
      await expect.poll(() => page.getByText('No open comments on this section.').count(), LONG).toBe(1);
      await expect.poll(() => marks(page), LONG).toEqual([]);
      expect(await page.getByText('Resolved comments (1)').count()).toBe(1);
    }
    await expect.poll(() => announced(nurse), LONG).toBe('Comment resolved. It is now under resolved comments.');
    await expect.poll(() => announced(medic), LONG).toBe('Grace Mensah resolved the comment on “within one hour”');
    await nurse.getByText('Resolved comments (1)').click();
    expect(await nurse.getByTestId('resolved-comments').textContent()).toContain('Resolved by Grace Mensah');
    await screenshot(nurse.getByTestId('comments-panel'), '61-comment-resolved-panel');
  });

  it('a patient representative lands in review mode, changes the text size, has no editor, and comments on a passage', async () => {
    const nurse = await logIn('nurse@demo.quorum.test');
    const nurseText = await openDemoSection(nurse, 'Patient involvement and teamwork');
    await write(nurse, nurseText, 'Families helped us write leaflets in Bengali, Urdu and Somali.');
    // A heading and a bulleted list too, typed as Markdown shortcuts: review mode sizes them with the rest.
    await nurse.keyboard.press('Enter');
    await nurse.keyboard.type('# Who took part', { delay: 5 });
    await nurse.keyboard.press('Enter');
    await nurse.keyboard.type('- Twelve families from three communities', { delay: 5 });
    await expect.poll(() => nurseText.locator('h3').textContent(), LONG).toBe('Who took part');
    await expect.poll(() => nurse.getByTestId('save-status').textContent(), LONG).toBe('All changes saved');

    const patient = await logIn('patient@demo.quorum.test');
    await patient.getByRole('link', { name: DEMO_ENTRY }).click();
    await expect.poll(() => new URL(patient.url()).pathname, LONG).toMatch(/^\/entries\/[^/]+\/review$/);
    await patient.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link', { name: 'Patient involvement and teamwork' }).click();
    await expect.poll(() => patient.locator('#section-title').textContent()).toBe('Patient involvement and teamwork');
    const text = patient.locator('#section-text');
    await expect.poll(() => text.textContent(), LONG).toContain('leaflets in Bengali, Urdu and Somali');

    // The nurse, writing in that section, sees who is reading it.
    await expect.poll(() => nurse.getByTestId('also-here').textContent(), LONG).toContain('Joy Campbell');

    // No editor: the text is no text box, nothing on the page is editable, and there is no toolbar.
    expect(await patient.getByRole('textbox', { name: 'Patient involvement and teamwork' }).count()).toBe(0);
    expect(await patient.locator('[contenteditable="true"]').count()).toBe(0);
    expect(await patient.getByRole('toolbar').count()).toBe(0);
    expect(await text.getAttribute('contenteditable')).toBe('false');

    // Large by default; larger on request, and remembered.
    const fontSize = () =>
      text
        .locator('p')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const large = await fontSize();
    expect(large).toBeGreaterThanOrEqual(24);
    await patient.getByLabel('Larger').check();
    await expect.poll(fontSize).toBeGreaterThan(large);
    await patient.reload();
    await text.waitFor(LONG);
    expect(await patient.getByLabel('Larger').isChecked()).toBe(true);
    await expect.poll(fontSize).toBeGreaterThan(large);

    // At every size, the list follows the text, and the text's heading (an h3 under the section's
    // h2 title: the page keeps one h1) is bigger than the text but smaller than that title.
    // (The nurse's caret, with her name, is at the end of the list.)
    await expect.poll(() => text.locator('li').textContent(), LONG).toContain('Twelve families from three communities');
    expect(await patient.locator('h1').count()).toBe(1);
    expect(await text.locator('h3').textContent()).toBe('Who took part');
    const sizes = () =>
      patient.evaluate(() => {
        const size = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
        return { text: size('#section-text > p'), list: size('#section-text ul'), item: size('#section-text li'), heading: size('#section-text h3'), title: size('#section-heading') };
      });
    const checkSizes = async () => {
      const { text: body, list, item, heading, title } = await sizes();
      expect([list, item]).toEqual([body, body]);
      expect(heading).toBeGreaterThan(body);
      expect(heading).toBeLessThan(title);
      return body;
    };
    const chosen: number[] = [];
    for (const size of ['Normal', 'Large', 'Larger']) {
      await patient.getByLabel(size, { exact: true }).check();
      chosen.push(await checkSizes());
    }
    expect(chosen[1]).toBeGreaterThan(chosen[0]);
    expect(chosen[2]).toBeGreaterThan(chosen[1]);
    await patient.waitForLoadState('networkidle');
    expect(await seriousViolations(patient), 'axe on review mode').toEqual([]);
    await screenshot(patient, '62-review-mode-larger-text');

    // A comment on selected words of the read-only text.
    await expect.poll(() => text.textContent(), LONG).toContain('Bengali, Urdu and Somali');
    await selectWords(patient, 'Bengali, Urdu and Somali');
    await patient.getByRole('button', { name: 'Add a comment' }).click();
    expect(await patient.getByLabel('The words selected in the text').isChecked()).toBe(true);
    await patient.getByLabel('Your comment').fill('Please also say that Polish is coming next year.');
    await patient.waitForLoadState('networkidle');
    expect(await seriousViolations(patient), 'axe on the new comment form').toEqual([]);
    await screenshot(patient.getByTestId('comments-panel'), '63-review-new-comment-form');
    await patient.getByRole('button', { name: 'Add comment', exact: true }).click();
    await expect.poll(() => announced(patient), LONG).toBe('Your comment has been added.');
    await expect.poll(() => openThreads(patient).count(), LONG).toBe(1);
    expect(await openThreads(patient).first().locator('.app-comment__byline').textContent()).toMatch(/^Joy CampbellPatient representative\d/);
    await expect.poll(() => marks(patient), LONG).toEqual(['Bengali, Urdu and Somali']);
    // In read-only text, with no cursor to move, the highlight is a <mark> whose details are its thread (aria-details).
    const details = await patient
      .locator('#section-text .app-comment-mark')
      .evaluate((mark) => ({ tag: mark.tagName, thread: document.getElementById(mark.getAttribute('aria-details')!)?.dataset.testid }));
    expect(details).toEqual({ tag: 'MARK', thread: 'comment-thread' });
    // "Show in the text" (named with its passage, as a screen reader says it) marks the passage
    // and says so, as focus stays on the button.
    const show = openThreads(patient).first().getByRole('button', { name: 'Show in the text: Bengali, Urdu and Somali', exact: true });
    await show.click();
    await expect.poll(() => patient.locator('#section-text .app-comment-mark--active').textContent()).toBe('Bengali, Urdu and Somali');
    await expect.poll(() => announced(patient)).toBe('Highlighted in the text: “Bengali, Urdu and Somali”');
    expect(await show.evaluate((button) => button === document.activeElement)).toBe(true);
    await screenshot(patient, '64-review-mode-with-comment');

    // The nurse, in the workspace, gets it live.
    await expect.poll(() => openThreads(nurse).count(), LONG).toBe(1);
    await expect.poll(() => announced(nurse), LONG).toBe('New comment from Joy Campbell on “Bengali, Urdu and Somali”');
    await expect.poll(() => marks(nurse), LONG).toEqual(['Bengali, Urdu and Somali']);

    await patient.setViewportSize({ width: 390, height: 844 });
    await checkSizes();
    await screenshot(patient, '65-review-mode-mobile');
  });
  it('a section with more open comments than the panel shows at first: "show all" brings them, focus goes to the first older one, and new ones still arrive', async () => {
    const SECTION = 'Spreading the success';
    const lead = await logIn('lead@demo.quorum.test');
    const entries = await apiFrom(lead, '{ entries { nodes { title sections { id title } } } }');
    const sectionId = entries.data.entries.nodes.find((e: any) => e.title === DEMO_ENTRY).sections.find((s: any) => s.title === SECTION).id;
    const add = (body: string) => apiFrom(lead, 'mutation($i: AddCommentInput!) { addComment(input: $i) { comment { id } } }', { i: { sectionId, body } });
    for (let i = 1; i <= 23; i++) expect((await add(`Point ${i} to check.`)).errors).toBeUndefined();

    const nurse = await logIn('nurse@demo.quorum.test');
    await openDemoSection(nurse, SECTION);
    await expect.poll(() => openThreads(nurse).count(), LONG).toBe(20);
    const showAll = nurse.getByRole('button', { name: 'Show all 23 open comments' });
    await showAll.scrollIntoViewIfNeeded();
    await screenshot(nurse, '62-comments-show-all');
    await showAll.click();
    await expect.poll(() => openThreads(nurse).count(), LONG).toBe(23);
    // Newest first: the first one not shown before is the fourth comment written.
    await expect.poll(() => nurse.evaluate(() => document.activeElement?.closest('li')?.textContent ?? ''), LONG).toContain('Point 3 to check.');
    expect(await showAll.count()).toBe(0);

    await add('Point 24, written while the list is open.');
    await expect.poll(() => openThreads(nurse).count(), LONG).toBe(24);
    expect(await openThreads(nurse).first().textContent()).toContain('Point 24');
    expect(await seriousViolations(nurse)).toEqual([]);
  });

  it('beside the text each open thread lines up with its passage and follows it as text is added above; on a phone the comments are a tap away, and back', async () => {
    const SECTION = 'Quality, experience and value';
    const lead = await logIn('lead@demo.quorum.test');
    const entries = await apiFrom(lead, '{ entries { nodes { title sections { id title version } } } }');
    const section = entries.data.entries.nodes.find((e: any) => e.title === DEMO_ENTRY).sections.find((s: any) => s.title === SECTION);
    const paragraph = (n: number) => `Paragraph ${n}: the ward teams met every fortnight to review screening by ethnic group, and changed the triage prompt twice after listening to families.`;
    const markdown = Array.from({ length: 12 }, (_, i) => paragraph(i + 1)).join('\n\n');
    const replaced = await apiFrom(lead, 'mutation($i: ReplaceSectionContentInput!) { replaceSectionContent(input: $i) { section { version } } }', {
      i: { sectionId: section.id, markdown, baseVersion: section.version },
    });
    expect(replaced.errors).toBeUndefined();
    const comment = (quote: string, body: string) =>
      apiFrom(lead, 'mutation($i: AddCommentInput!) { addComment(input: $i) { comment { id } } }', { i: { sectionId: section.id, body, anchor: { quote } } });
    // Written in the opposite order to the text's: the panel still lists them as the text runs.
    expect((await comment('Paragraph 9: the ward teams', 'Name the community groups.')).errors).toBeUndefined();
    expect((await comment('Paragraph 3: the ward teams', 'Who chaired these meetings?')).errors).toBeUndefined();

    const nurse = await logIn('nurse@demo.quorum.test');
    const text = await openDemoSection(nurse, SECTION);
    await expect.poll(() => openThreads(nurse).count(), LONG).toBe(2);
    expect(await openThreads(nurse).locator('.app-comment__body').allTextContents()).toEqual(['Who chaired these meetings?', 'Name the community groups.']);
    // Each thread's top against its passage's top (the highlighted words), in page pixels (typing may scroll the window).
    const places = () =>
      nurse.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-testid="open-comments"] > li')].map((thread) => {
          const mark = document.querySelector(`#section-text [data-comment-id="${thread.dataset.threadId}"]`)!.getBoundingClientRect();
          const box = thread.getBoundingClientRect();
          return { thread: Math.round(box.top + scrollY), bottom: Math.round(box.bottom + scrollY), passage: Math.round(mark.top + scrollY) };
        }),
      );
    const lined = (p: { thread: number; passage: number }) => Math.abs(p.thread - p.passage) <= 12;
    await expect.poll(async () => (await places()).every(lined), LONG).toBe(true);
    const [third, ninth] = await places();
    expect(ninth.thread, 'the second thread is beside paragraph 9, well below the first').toBeGreaterThan(third.bottom + 100);
    await screenshot(nurse, '63-comments-beside-their-passages');

    // The nurse writes a paragraph above paragraph 9: its thread moves down with it.
    await text.locator('p', { hasText: 'Paragraph 5:' }).click();
    await nurse.keyboard.press('End');
    await nurse.keyboard.press('Enter');
    await nurse.keyboard.type('A new paragraph, long enough to wrap over two or three lines of the text column at this width, pushing what follows down.', { delay: 2 });
    await expect.poll(async () => (await places())[1].thread, LONG).toBeGreaterThan(ninth.thread + 40);
    await expect.poll(async () => (await places()).every(lined), LONG).toBe(true);
    expect(await wcagViolations(nurse), 'axe (WCAG 2.2 A and AA) with the threads beside their passages').toEqual([]);
    // Clicking into a highlighted passage puts the cursor there, as anywhere else in the text (it chooses its thread too).
    await text.locator('[data-comment-id]', { hasText: 'Paragraph 3' }).click();
    await nurse.keyboard.type('Q');
    await expect.poll(() => text.locator('p', { hasText: 'Q' }).allTextContents(), LONG).toEqual([expect.stringMatching(/^Paragraph 3/)]);
    await nurse.keyboard.press('Backspace');
    await expect.poll(() => openThreads(nurse).first().getAttribute('class')).toContain('app-comment-thread--active');
    // A click elsewhere in the text lets go of it.
    await text.locator('p', { hasText: 'Paragraph 1:' }).click();
    await expect.poll(() => nurse.locator('.app-comment-thread--active').count()).toBe(0);

    // A phone: the comments come after the whole text, and a bar at the foot of the screen reaches them.
    await nurse.setViewportSize({ width: 375, height: 812 });
    await nurse.locator('#section-heading').focus(); // out of the text, as on arrival
    await nurse.evaluate(() => window.scrollTo(0, 0));
    const jump = nurse.getByTestId('comments-jump');
    await expect.poll(() => jump.textContent(), LONG).toBe('Comments (2 open)');
    // Beside the text no more: the threads keep their plain spacing under it.
    await expect.poll(() => openThreads(nurse).evaluateAll((threads) => threads.map((t) => (t as HTMLElement).style.marginTop))).toEqual(['', '']);
    expect(await wcagViolations(nurse), 'axe (WCAG 2.2 A and AA) with the bar to the comments').toEqual([]);
    await screenshot(nurse, '64-comments-a-tap-away-on-a-phone');
    await jump.getByRole('button').click();
    await expect.poll(() => nurse.evaluate(() => document.activeElement?.id)).toBe('comments-heading');
    await expect.poll(() => jump.textContent(), LONG).toBe('Back to the text');
    // Writing a reply: the bar steps aside, so that it never covers the form.
    await openThreads(nurse)
      .first()
      .getByRole('button', { name: /^Reply/ })
      .click();
    await expect.poll(() => jump.count()).toBe(0);
    await openThreads(nurse)
      .first()
      .getByRole('button', { name: /^Cancel/ })
      .click();
    await expect.poll(() => jump.textContent(), LONG).toBe('Back to the text');
    await jump.getByRole('button').click();
    await expect.poll(() => nurse.evaluate(() => document.activeElement?.id)).toBe('section-text');
    // Typing hides the bar (it would sit over the keyboard's line); tapping a highlighted passage offers its thread.
    await expect.poll(() => jump.count()).toBe(0);
    await text.locator('[data-comment-id]', { hasText: 'Paragraph 9' }).click();
    await expect.poll(() => jump.textContent(), LONG).toBe('Show the comment on “Paragraph 9: the ward teams”');
    await jump.getByRole('button').click();
    await expect.poll(() => nurse.evaluate(() => document.activeElement?.closest('li')?.textContent ?? '')).toContain('Name the community groups.');
  });
});
