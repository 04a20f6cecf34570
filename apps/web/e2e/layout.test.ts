// @vitest-environment node
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiFrom, browserSession, CHROMIUM, DEMO_ENTRY, explainFailure, hasChromium, LONG, screenshot, seriousViolations, wcagViolations } from './browser';

if (!hasChromium) console.warn(`Skipping the layout browser test: ${CHROMIUM} is not installed.`);

/** Where the text's first line, the section heading and the writing tools are, in viewport pixels. */
const textPlace = (page: Page) =>
  page.evaluate(() => {
    const text = document.querySelector('#section-text')!;
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
    const first = walker.nextNode()!;
    const range = document.createRange();
    range.setStart(first, 0);
    range.setEnd(first, 1);
    const line = range.getBoundingClientRect();
    const heading = document.querySelector('#section-heading')!.getBoundingClientRect();
    const controls = document.querySelector('.app-editor__controls')?.getBoundingClientRect();
    return {
      lineTop: line.top,
      lineBottom: line.bottom,
      viewport: innerHeight,
      headingBottom: heading.bottom,
      textTop: text.getBoundingClientRect().top,
      controlsHeight: controls?.height ?? 0,
      focus: document.activeElement?.id,
    };
  });

/**
 * Whether the page itself scrolls sideways, and if so what sticks out; a region that scrolls
 * sideways within the page must be reachable by keyboard and named (WCAG 1.4.10, 2.1.1).
 */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const width = innerWidth;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    const scrollers = [...document.querySelectorAll('body *')].filter((el) => {
      const overflow = getComputedStyle(el).overflowX;
      return (overflow === 'auto' || overflow === 'scroll') && el.scrollWidth > el.clientWidth;
    });
    const inScroller = (el: Element) => scrollers.some((s) => s !== el && s.contains(el));
    const sticking = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 1 && !inScroller(el)).map(name);
    const badScrollers = scrollers
      .filter((el) => {
        const focusable = (el as HTMLElement).tabIndex >= 0 || !!el.querySelector('a[href], button, input, select, textarea, [tabindex="0"]');
        const named = !!(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'));
        return !focusable || !named;
      })
      .map(name);
    return { scrollWidth: document.documentElement.scrollWidth, width, sticking: sticking.slice(0, 5), badScrollers };
  });

/** Every page of the app, from apps/web/src/app.tsx's routes. */
const ROUTES = (ids: { entry: string; section: string; metric: string }) => [
  '/',
  '/account',
  '/notifications',
  '/entries/new',
  `/entries/${ids.entry}`,
  `/entries/${ids.entry}/sections/${ids.section}`,
  `/entries/${ids.entry}/whole`,
  `/entries/${ids.entry}/review`,
  `/entries/${ids.entry}/review/${ids.section}`,
  `/entries/${ids.entry}/team`,
  `/entries/${ids.entry}/activity`,
  `/entries/${ids.entry}/export`,
  `/entries/${ids.entry}/evidence`,
  `/entries/${ids.entry}/evidence/metrics/new`,
  `/entries/${ids.entry}/evidence/metrics/${ids.metric}`,
  '/no-such-page',
];
/** Pages for someone signed out (a fresh browser), with made-up tokens where the address holds one. */
const SIGNED_OUT = ['/log-in', '/sign-up', '/forgot-password', '/reset-password/not-a-real-token', '/unsubscribe/not-a-real-token', '/invitations/not-a-real-token'];

async function idsOf(page: Page) {
  const { data } = await apiFrom(page, '{ entries(first: 1) { nodes { id metrics { id } sections { id } } } }');
  const entry = data.entries.nodes[0];
  return { entry: entry.id as string, sectionFirst: entry.sections[0].id as string, section: entry.sections[1].id as string, metric: entry.metrics[0].id as string };
}

async function noViolations(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  // WCAG 2.2 A and AA: none at all; best practice: nothing serious.
  expect(await wcagViolations(page), `axe (WCAG 2.2 AA) on ${name}`).toEqual([]);
  expect(await seriousViolations(page), `axe (best practice) on ${name}`).toEqual([]);
}

describe.skipIf(!hasChromium)('layout: the document first, and no page scrolls sideways, in Chromium against the real server', { timeout: 300_000 }, () => {
  // The demo entry with its text, metric and comment, so that every page has something to lay out.
  const session = browserSession({ env: { QUORUM_DEMO_CONTENT: 'true' } });

  it('on arrival at an entry the text’s first line is on the first screen at 1280x800 and 375x812, right after the section heading; guidance and criteria fold away; the tools stay in view while writing', async () => {
    const { page } = await session.logIn('lead@demo.quorum.test');
    await explainFailure({ lead: page }, 'layout-text-first', async () => {
      for (const [width, height] of [
        [1280, 800],
        [375, 812],
      ]) {
        await page.setViewportSize({ width, height });
        await page.goto(`${session.app.url}/`);
        await page.getByRole('link', { name: DEMO_ENTRY }).click();
        await page.locator('#section-text[contenteditable="true"]').waitFor(LONG);
        await expect.poll(async () => (await textPlace(page)).focus, LONG).toBe('section-heading');
        const place = await textPlace(page);
        expect(place.lineTop, `the first line at ${width}x${height}`).toBeGreaterThanOrEqual(0);
        expect(place.lineBottom, `the first line at ${width}x${height}: ${JSON.stringify(place)}`).toBeLessThanOrEqual(height);
        // Only the writing tools between the section heading and its text: no guidance, no links.
        expect(place.textTop - place.headingBottom, `between heading and text at ${width}: ${JSON.stringify(place)}`).toBeLessThanOrEqual(place.controlsHeight + 24);
        await noViolations(page, `the section page at ${width}`);
        await screenshot(page, `layout-section-${width}`);
      }

      // Guidance and criteria are folded under the text; opened, they stay open on the next section (remembered in this browser).
      await page.setViewportSize({ width: 1280, height: 800 });
      const guide = page.locator('details.app-section-guide');
      expect(await guide.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
      expect(await page.getByTestId('section-criteria').isVisible()).toBe(false);
      await guide.locator('summary').click();
      await expect.poll(() => page.getByTestId('section-criteria').isVisible()).toBe(true);
      expect(await page.getByTestId('section-guidance').textContent()).toContain('Set out the inequality');
      await noViolations(page, 'the section page with its guidance open');
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Impact on patient safety' }).click();
      await expect.poll(() => page.locator('#section-title').textContent(), LONG).toBe('Impact on patient safety');
      expect(await page.locator('details.app-section-guide').evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
      await page.locator('details.app-section-guide summary').click();
      await page.reload();
      await page.locator('#section-text[contenteditable="true"]').waitFor(LONG);
      expect(await page.locator('details.app-section-guide').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);

      // Writing a long text: scrolled well into it, the mode and formatting buttons are still at the top of the screen.
      await page.goto(`${session.app.url}/`);
      await page.getByRole('link', { name: DEMO_ENTRY }).click();
      const text = page.locator('#section-text[contenteditable="true"]');
      await text.waitFor(LONG);
      await text.click();
      await page.keyboard.press('Control+End');
      for (let line = 1; line <= 25; line++) await page.keyboard.press('Enter');
      await page.keyboard.type('The last line of a long section.');
      const tools = await page.evaluate(() => {
        const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
        return { scrollY, controls: box('.app-editor__controls').top, toolbar: box('.app-toolbar').bottom, caret: box('#section-text').bottom };
      });
      expect(tools.scrollY, JSON.stringify(tools)).toBeGreaterThan(300);
      expect(tools.controls, JSON.stringify(tools)).toBeGreaterThanOrEqual(0);
      expect(tools.controls, JSON.stringify(tools)).toBeLessThanOrEqual(1);
      await screenshot(page, 'layout-sticky-toolbar');
      // Moving back up through the text, the caret never hides under them.
      for (let line = 1; line <= 15; line++) {
        await page.keyboard.press('ArrowUp');
        // How far the caret's line is below the tools. Polled: ProseMirror reads the browser's
        // caret move on its selectionchange event, and only then scrolls it clear, so a reading
        // taken at once can come before that on an idle machine.
        const clearance = () =>
          page.evaluate(() => {
            // The line the caret is on: the character after it (a caret at a wrap would be measured at the end of the line before); an empty paragraph's box.
            const selection = getSelection()!;
            const node = selection.focusNode!;
            const offset = selection.focusOffset;
            const after = document.createRange();
            if (!(node instanceof Element)) after.setStart(node, Math.min(offset, node.textContent!.length - 1));
            if (!(node instanceof Element)) after.setEnd(node, Math.min(offset, node.textContent!.length - 1) + 1);
            const top = node instanceof Element ? node.getBoundingClientRect().top : after.getClientRects()[0].top;
            return top - document.querySelector('.app-editor__controls')!.getBoundingClientRect().bottom;
          });
        await expect.poll(clearance, { timeout: 2000, message: `line ${line} up` }).toBeGreaterThanOrEqual(-1);
      }
      await page.keyboard.press('Control+End');
      // Put the text back as it was.
      for (let key = 0; key < 'The last line of a long section.'.length + 25; key++) await page.keyboard.press('Backspace');
      await expect.poll(() => page.getByTestId('save-status').textContent(), LONG).toContain('saved');
    });
  });

  it('selecting words shows "Comment" beside them, reachable by Tab from the text, which opens the new comment on those words', async () => {
    const { page } = await session.logIn('lead@demo.quorum.test');
    await explainFailure({ lead: page }, 'layout-comment-button', async () => {
      await page.getByRole('link', { name: DEMO_ENTRY }).click();
      const text = page.locator('#section-text[contenteditable="true"]');
      await text.waitFor(LONG);
      expect(await page.getByTestId('comment-on-selection').count()).toBe(0);

      // By keyboard: select the first heading's words, Tab, Enter.
      await text.locator('h3').first().click();
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+End');
      const button = page.getByTestId('comment-on-selection');
      await button.waitFor(LONG);
      // Beside the selection: just under its line, not far off.
      const where = await page.evaluate(() => {
        const selected = getSelection()!.getRangeAt(0).getBoundingClientRect();
        const button = document.querySelector('[data-testid="comment-on-selection"]')!.getBoundingClientRect();
        return { gap: button.top - selected.bottom, left: button.left, right: button.right, width: innerWidth };
      });
      expect(where.gap, JSON.stringify(where)).toBeGreaterThanOrEqual(0);
      expect(where.gap, JSON.stringify(where)).toBeLessThanOrEqual(40);
      expect(where.right, JSON.stringify(where)).toBeLessThanOrEqual(where.width);
      await noViolations(page, 'the section page with words selected');
      await screenshot(page, 'layout-comment-button');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('comment-on-selection');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-comment-body');
      expect(await page.getByTestId('selected-passage').textContent()).toBe('Why we started');
      expect(await page.locator('#new-comment-about').isChecked()).toBe(true);
      await page.keyboard.type('Could this say who started it?');
      await page.getByRole('button', { name: 'Add comment', exact: true }).click();
      const thread = page.getByTestId('open-comments').locator('li', { hasText: 'Could this say who started it?' }).first();
      await thread.waitFor(LONG);
      expect(await thread.textContent()).toContain('Why we started');

      // By Ctrl+Alt+M from the text, as in word processors: the same form on the selected words.
      await text.locator('p').first().click();
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Shift+ArrowRight');
      const words = await page.evaluate(() => getSelection()!.toString());
      expect(words).toHaveLength(2);
      await button.waitFor(LONG); // the comments have loaded again after the last one: a form is there to open
      await page.keyboard.press('Control+Alt+m');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-comment-body');
      expect(await page.getByTestId('selected-passage').textContent()).toBe(words);
      // With the form open, "Comment" is no longer offered by the words (it could sit over the formatting buttons).
      expect(await button.count()).toBe(0);
      await noViolations(page, 'the new comment on the selected words');
    });
  });

  it('the whole entry: every section in order, each editable, reached from the entry by a link; editors mount as they come near', async () => {
    const { page } = await session.logIn('lead@demo.quorum.test');
    await explainFailure({ lead: page }, 'layout-whole-entry', async () => {
      await page.getByRole('link', { name: DEMO_ENTRY }).click();
      await page.getByRole('navigation', { name: 'Entry' }).getByRole('link', { name: 'Whole entry' }).click();
      await expect.poll(() => page.locator('h1').textContent(), LONG).toContain(DEMO_ENTRY);
      const sections = page.getByTestId('whole-entry-section');
      await expect.poll(() => sections.count(), LONG).toBe(5);
      expect(await sections.locator('h2 [id$="section-title"]').allTextContents()).toEqual([
        'The need and the initiative',
        'Impact on patient safety',
        'Spreading the success',
        'Quality, experience and value',
        'Patient involvement and teamwork',
      ]);
      // The first texts are there at once; each id is its section's own.
      const first = page.locator('#section-1-section-text[contenteditable="true"]');
      await first.waitFor(LONG);
      expect(await first.getAttribute('aria-labelledby')).toBe('section-1-section-title');
      expect(await page.locator('[id="section-text"]').count()).toBe(0);
      // Far down the page the last is mounted once scrolled to, and takes writing.
      await sections.last().scrollIntoViewIfNeeded();
      const last = page.locator('#section-5-section-text[contenteditable="true"]');
      await last.waitFor(LONG);
      expect(await last.textContent()).toContain('A patient panel');
      await last.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Written on the whole entry.');
      await expect.poll(() => last.textContent()).toContain('Written on the whole entry.');
      await expect.poll(() => page.locator('[data-testid="save-status"]').last().textContent(), LONG).toContain('saved');
      await noViolations(page, 'the whole entry');
      await screenshot(page, 'layout-whole-entry-1280');
      // The same words on the section's own page.
      await sections
        .last()
        .getByRole('link', { name: /Guidance, comments and sign-off/ })
        .click();
      await expect.poll(() => page.locator('#section-text').textContent(), LONG).toContain('Written on the whole entry.');
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(`${session.app.url}${new URL(page.url()).pathname.replace(/\/sections\/.*$/, '/whole')}`);
      await page.locator('#section-1-section-text').waitFor(LONG);
      await noViolations(page, 'the whole entry at 375');
      await screenshot(page, 'layout-whole-entry-375');
    });
  });

  it('the whole entry suggests as a section’s own page does: the patient representative’s typing there is a suggestion, not an edit', async () => {
    const { page } = await session.logIn('patient@demo.quorum.test');
    const ids = await idsOf(page);
    await explainFailure({ patient: page }, 'layout-whole-entry-patient', async () => {
      await page.goto(`${session.app.url}/entries/${ids.entry}/whole`);
      const first = page.locator('#section-1-section-text[contenteditable="true"]');
      await first.waitFor(LONG);
      await expect.poll(() => page.getByTestId('suggest-only').first().textContent(), LONG).toContain('Your role suggests changes rather than editing');
      await first.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Suggested on the whole entry.', { delay: 10 });
      await expect.poll(() => first.locator('ins').allTextContents(), LONG).toContain(' Suggested on the whole entry.');
      await expect.poll(() => page.locator('[data-testid="save-status"]').first().textContent(), LONG).toContain('saved');
      // The accepted text, which sign-offs and exports read, is as it was.
      const { data } = await apiFrom(page, `{ section(id: "${ids.sectionFirst}") { text } }`);
      expect(data.section.text).not.toContain('Suggested on the whole entry.');
      await noViolations(page, 'the whole entry, suggesting');
    });
  });

  it('no page scrolls sideways at 320 px (nor at 768 px), signed in or out (a region inside may, if it can be reached by keyboard and is named)', async () => {
    const { page, context } = await session.logIn('lead@demo.quorum.test');
    const ids = await idsOf(page);
    await page.setViewportSize({ width: 320, height: 800 });
    const problems: string[] = [];
    const check = async (p: Page, what: string) => {
      const seen = await sideways(p);
      if (seen.scrollWidth > seen.width || seen.badScrollers.length) problems.push(`${what}: ${JSON.stringify(seen)}`);
      await screenshot(p, `layout-320-${what.replace(/[^a-z0-9]+/gi, '-').replace(/-[0-9a-f]{8}-[0-9a-f-]{27}/g, '')}`);
    };
    for (const path of ROUTES(ids)) {
      await page.goto(`${session.app.url}${path}`);
      await page.locator('h1').first().waitFor(LONG);
      await page.waitForLoadState('networkidle');
      await check(page, path);
      // And at a tablet's width, where NHS.UK's grid and button groups change their margins.
      await page.setViewportSize({ width: 768, height: 1024 });
      const tablet = await sideways(page);
      if (tablet.scrollWidth > tablet.width) problems.push(`${path} at 768 px: ${JSON.stringify(tablet)}`);
      await page.setViewportSize({ width: 320, height: 800 });
    }
    // The section's revision history, opened, and two versions compared.
    await page.goto(`${session.app.url}/entries/${ids.entry}/sections/${ids.section}`);
    await page.locator('#section-text').waitFor(LONG);
    await page.getByText('Revision history').click();
    const compare = page.getByTestId('compare-picker');
    if (await compare.count()) {
      await compare.getByRole('button', { name: 'Compare' }).click();
      await page.waitForLoadState('networkidle');
    }
    await check(page, 'history and compare');
    await context.close();

    const stranger = await session.browser.newPage({ viewport: { width: 320, height: 800 } });
    for (const path of SIGNED_OUT) {
      await stranger.goto(`${session.app.url}${path}`);
      await stranger.locator('h1').first().waitFor(LONG);
      await stranger.waitForLoadState('networkidle');
      await check(stranger, path);
    }
    await stranger.close();
    expect(problems).toEqual([]);
  });
});
