import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startApp, type RunningApp } from './server';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const SHOTS = new URL('../test-results/', import.meta.url).pathname;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Saves a full-page PNG (or one of a part of the page) to apps/web/test-results/ (git-ignored), to look at. */
export async function screenshot(page: Page | Locator, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  if ('goto' in page) await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
  else await page.screenshot({ path: `${SHOTS}${name}.png` });
}

export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's rules with these tags (WCAG 2.2 A/AA and best practice unless told); returns every violation, of any impact. */
export async function axeViolations(page: Page, tags: string[] = [...WCAG_22_AA, 'best-practice']): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const results = await page.evaluate(
    (values) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(
        document,
        {
          runOnly: { type: 'tag', values },
        },
      ),
    tags,
  );
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Every violation of WCAG 2.2 A and AA that axe-core finds, of any impact. */
export const wcagViolations = (page: Page) => axeViolations(page, WCAG_22_AA);

/** axe-core's WCAG 2.2 A/AA and best-practice rules; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The demo team's password and entry (seeded on the e2e server's first start; see the README). */
export const DEMO_PASSWORD = 'quorum-demo-2026';
export const DEMO_ENTRY = 'Closing the gap in sepsis recognition for minority ethnic patients';
/** For waits on the server or another browser: generous, as the CI machine is shared. */
export const LONG = { timeout: 30_000 };

/** A new browser context (a person at their own laptop) logged in through the log-in page, on the dashboard. */
export async function logInAs(browser: Browser, url: string, email: string, options: BrowserContextOptions = {}): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(`${url}/log-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await expect.poll(() => page.locator('h1').textContent(), LONG).toBe('Your entries');
  return { page, context };
}

/** No serious or critical accessibility problems on the page, and a screenshot (of it or a part) to look at. */
export async function checkPage(page: Page, name: string, part?: Locator): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
  await screenshot(part ?? page, name);
}

/**
 * Runs `check`; if it fails, saves a screenshot of each page and notes where its focus and
 * save status were, so that a failure on a busy CI machine can be read afterwards.
 */
export async function explainFailure<T>(pages: Record<string, Page>, name: string, check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    for (const [who, page] of Object.entries(pages)) {
      await screenshot(page, `failed-${name}-${who}`).catch(() => {});
      const state = await page
        .evaluate(() => ({
          focus: `${document.activeElement?.tagName}#${document.activeElement?.id}`,
          saved: document.querySelector('[data-testid="save-status"]')?.textContent,
          text: document.querySelector('#section-text')?.textContent,
        }))
        .catch((e: unknown) => String(e));
      console.error(`${name}, ${who}:`, JSON.stringify(state));
    }
    throw error;
  }
}

/** Sends GraphQL from the page, with its session, as another tool of the same person would. */
export function apiFrom<T = any>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return page.evaluate(
    async ([q, v]) => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables: v }) });
      return (await response.json()) as T;
    },
    [query, variables] as const,
  );
}

/**
 * Everything the page's live region says from now on, in order: one action may be announced by
 * two parts of the page (a new comment, and the notification it brings), and only the last stays
 * in the region. Read with `announcements`.
 */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="announcer"]')!;
    const said: string[] = [];
    (window as unknown as { announced: string[] }).announced = said;
    new MutationObserver(() => region.textContent && said.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
  });
}

/** What the live region has said since `recordAnnouncements`. */
export const announcements = (page: Page) => page.evaluate(() => (window as unknown as { announced: string[] }).announced);

export interface BrowserSession {
  /** The running product; set once the describe block's `beforeAll` has run. */
  readonly app: RunningApp;
  readonly browser: Browser;
  /** Someone at a laptop of their own (a new browser context), logged in, on the dashboard. */
  logIn(email: string): Promise<{ page: Page; context: BrowserContext }>;
}

/**
 * For a describe block: starts the product (with `env`) and Chromium before its tests, and
 * stops both after them. The people logged in meanwhile close their browsers after each test
 * (`closeAfter: 'each'`, so that tests start afresh) or only at the end (tests that go on
 * from where the previous one stopped).
 */
export function browserSession(options: { env?: Record<string, string>; contextOptions?: BrowserContextOptions; closeAfter?: 'each' | 'all' } = {}): BrowserSession {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const closeContexts = () => Promise.all(contexts.splice(0).map((context) => context.close()));

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(options.env), launchChromium()]);
  }, 120_000);
  if (options.closeAfter === 'each') afterEach(closeContexts);
  afterAll(async () => {
    await closeContexts();
    await browser?.close();
    await app?.stop();
  });

  return {
    get app() {
      return app!;
    },
    get browser() {
      return browser!;
    },
    async logIn(email) {
      const person = await logInAs(browser!, app!.url, email, options.contextOptions);
      contexts.push(person.context);
      return person;
    },
  };
}

/**
 * Someone at a laptop of their own logged in through the API (as the web app's log-in page does
 * it; that page has its own tests), on the demo entry's page.
 */
export async function onDemoEntryAs(session: BrowserSession, email: string): Promise<{ page: Page; entryId: string }> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${session.app.url}/log-in`);
  const login = await apiFrom(page, 'mutation($i: LogInInput!) { logIn(input: $i) { user { id } } }', { i: { email, password: DEMO_PASSWORD } });
  expect(login.errors).toBeUndefined();
  await page.goto(session.app.url);
  await page.getByRole('link', { name: DEMO_ENTRY }).click(LONG);
  return { page, entryId: new URL(page.url()).pathname.split('/')[2] };
}

/** Waits until the section's heading reads `title` and its text (editor or read-only) is there, once the first sync has arrived; answers the text. */
async function sectionShown(page: Page, title: string, wait?: { timeout: number }): Promise<Locator> {
  await expect.poll(() => page.locator('#section-title').textContent(), wait).toBe(title);
  const text = page.locator('#section-text');
  await text.waitFor(LONG);
  return text;
}

/** Goes to a section's own address; answers its text once shown. */
export async function openSectionAt(page: Page, address: string, title: string): Promise<Locator> {
  await page.goto(address);
  return sectionShown(page, title, LONG);
}

/** Opens a section of the demo entry by its link, from the dashboard or from within the entry; answers its text once shown. */
export async function openDemoSection(page: Page, title: string): Promise<Locator> {
  if (!page.url().includes('/entries/')) await page.getByRole('link', { name: DEMO_ENTRY }).click();
  await page.getByRole('link', { name: title, exact: true }).click();
  return sectionShown(page, title);
}
