// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiFrom, browserSession, CHROMIUM, DEMO_ENTRY, hasChromium, LONG, screenshot, seriousViolations } from './browser';

/*
 * Issue 10, finding 2: a section whose stored text the editor cannot show (written before the
 * server checked updates) used to blank the whole app. The server now refuses such updates, so
 * the test writes one the way an older server logged it: straight into the section's update
 * log, with a SQL connection to the product's own PostgreSQL database (the embedded database
 * of the other browser tests cannot be reached from outside the server process). That needs a
 * PostgreSQL server: TEST_DATABASE_URL, or the CI default below.
 */

// node-postgres, as the server has it (the web app does not depend on it).
interface PgClient {
  connect(): Promise<void>;
  query<R>(sql: string, values?: unknown[]): Promise<{ rows: R[] }>;
  end(): Promise<void>;
}
const pg = createRequire(new URL('../../server/package.json', import.meta.url))('pg') as { Client: new (options: { connectionString: string }) => PgClient };
const SERVER_URL = process.env.TEST_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

async function withClient<T>(url: string, work: (client: PgClient) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database of its own on the PostgreSQL server, or null when there is none to reach. */
async function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const name = `quorum_e2e_${randomBytes(6).toString('hex')}`;
  try {
    await withClient(SERVER_URL, (c) => c.query(`create database ${name}`));
  } catch {
    return null;
  }
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => withClient(SERVER_URL, (c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined) };
}

const database = hasChromium ? await scratchDatabase() : null;
if (!hasChromium) console.warn(`Skipping the unreadable-section browser test: ${CHROMIUM} is not installed.`);
else if (!database) console.warn(`Skipping the unreadable-section browser test: no PostgreSQL at ${SERVER_URL}.`);

/** The 20-byte update of the report: a plain string straight into the section's `content` fragment. */
function plainStringUpdate(): Uint8Array {
  const doc = new Y.Doc();
  (doc.getXmlFragment('content') as unknown as Y.Array<unknown>).insert(0, ['boom']);
  return Y.encodeStateAsUpdate(doc);
}

describe.skipIf(!database)('a section whose stored text the editor cannot show, in Chromium', { timeout: 180_000 }, () => {
  afterAll(() => database?.drop()); // registered first, so it runs after the app has stopped
  const session = browserSession({ env: { DATABASE_URL: database?.url ?? '' } });

  interface Sections {
    entries: { nodes: { id: string; title: string; sections: { id: string; title: string }[] }[] };
  }

  async function demoEntry(page: Page) {
    const { data } = await apiFrom<{ data: Sections }>(page, '{ entries(first: 10) { nodes { id title sections { id title } } } }');
    return data.entries.nodes.find((e) => e.title === DEMO_ENTRY)!;
  }

  it('shows that section’s problem and the way to restore a revision, keeps the rest of the entry working, and restoring repairs it', async () => {
    const { page } = await session.logIn('lead@demo.quorum.test');
    const entry = await demoEntry(page);
    const [broken, fine] = entry.sections;
    const replace = 'mutation($i: ReplaceSectionContentInput!) { replaceSectionContent(input: $i) { section { version } } }';
    for (const [section, markdown] of [
      [broken, 'Our aims for sepsis care.'],
      [fine, 'The second section reads fine.'],
    ] as const) {
      const written = await apiFrom(page, replace, { i: { sectionId: section.id, markdown, baseVersion: 0 } });
      expect(written.errors).toBeUndefined();
    }

    // Today's server refuses the update...
    const update = plainStringUpdate();
    const refused = await apiFrom(page, 'mutation($i: ApplySectionUpdateInput!) { applySectionUpdate(input: $i) { version } }', {
      i: { sectionId: broken.id, update: Buffer.from(update).toString('base64'), clientId: 'crafted' },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // ...so it goes into the log as an older server wrote it.
    await withClient(database!.url, async (c) => {
      const { rows } = await c.query<{ version: number }>('update section_documents set version = version + 1 where section_id = $1 returning version', [broken.id]);
      await c.query('insert into section_updates (section_id, version, update, client_id, created_at) values ($1, $2, $3, $4, now())', [
        broken.id,
        rows[0].version,
        Buffer.from(update),
        'older-server',
      ]);
    });

    await page.goto(`${session.app.url}/entries/${entry.id}/sections/${broken.id}`);
    const problem = page.getByRole('alert').filter({ hasText: 'This section’s text could not be shown' });
    await problem.waitFor(LONG);
    expect(await problem.getByRole('heading', { name: 'This section’s text could not be shown' }).count()).toBe(1);
    expect(await problem.textContent()).toContain('Restoring an earlier revision');
    // The rest of the entry is there: the section's heading, its criteria, comments, and the other sections.
    expect(await page.locator('h1').count()).toBe(1);
    await expect.poll(() => page.locator('#section-title').textContent()).toBe(broken.title);
    await page.getByRole('heading', { name: 'Comments' }).first().waitFor(LONG);
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), 'axe on the section that cannot be shown').toEqual([]);
    await screenshot(page, '40-section-text-problem');

    // Review mode shows the same, with a way to the revisions.
    await page.goto(`${session.app.url}/entries/${entry.id}/review/${broken.id}`);
    await page.getByRole('alert').filter({ hasText: 'This section’s text could not be shown' }).waitFor(LONG);
    const toWorkspace = page.getByRole('link', { name: 'See this section’s revisions in the workspace' });
    await toWorkspace.focus();
    await page.keyboard.press('Enter');

    // From the keyboard: the action opens the revision history, with focus on it.
    const restore = page.getByRole('button', { name: 'Restore an earlier revision' });
    await restore.waitFor(LONG);
    await restore.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Revision history');
    const view = page.getByRole('button', { name: /^View the revision saved/ }).first();
    await view.waitFor(LONG);
    await view.click();
    await page.getByRole('button', { name: 'Restore this revision' }).click();
    await page.getByRole('button', { name: 'Yes, restore this revision' }).click();

    // Restored: the editor is back with the text, and the problem gone.
    await expect.poll(() => page.locator('#section-text').textContent(), LONG).toBe('Our aims for sepsis care.');
    expect(await page.getByTestId('section-text-problem').count()).toBe(0);

    // The other section shows as ever.
    await page.goto(`${session.app.url}/entries/${entry.id}/sections/${fine.id}`);
    await expect.poll(() => page.locator('#section-text').textContent(), LONG).toBe('The second section reads fine.');
  });
});
