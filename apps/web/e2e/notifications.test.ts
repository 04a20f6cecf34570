// @vitest-environment node
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, checkPage, CHROMIUM, DEMO_ENTRY, explainFailure, hasChromium, LONG } from './browser';

const SECTION = 'Patient involvement and teamwork';

if (!hasChromium) console.warn(`Skipping the notifications browser test: ${CHROMIUM} is not installed.`);

describe.skipIf(!hasChromium)('notifications in Chromium, against the real server', { timeout: 120_000 }, () => {
  const session = browserSession();
  const logIn = async (email: string): Promise<Page> => (await session.logIn(email)).page;
  const unread = async (page: Page) => Number((await page.getByTestId('notifications-button').textContent())!.match(/(\d+) unread/)?.[1] ?? 0);

  it('a mention typed with @ reaches the other person live in the header, and takes them to the thread', async () => {
    const medic = await logIn('medic@demo.quorum.test');
    const nurse = await logIn('nurse@demo.quorum.test');
    await expect.poll(() => medic.getByTestId('notifications-button').textContent(), LONG).toMatch(/^Notifications/);
    const before = await unread(medic);

    // The nurse types @Sun in a comment: the members are offered; Enter picks Dr Sunil Mehta.
    await nurse.getByRole('link', { name: DEMO_ENTRY }).click();
    await nurse.getByRole('link', { name: SECTION, exact: true }).click();
    await expect.poll(() => nurse.locator('#section-title').textContent(), LONG).toBe(SECTION);
    await nurse.locator('#section-text').waitFor(LONG);
    await explainFailure({ nurse }, '90-mention-opening', () => nurse.getByRole('button', { name: 'Add a comment' }).click(LONG));
    const field = nurse.getByRole('combobox', { name: 'Your comment' });
    await field.click();
    await field.pressSequentially('Could you check the figures, @Sun', { delay: 5 });
    await expect.poll(() => nurse.getByRole('option').allTextContents(), LONG).toEqual(['Dr Sunil Mehta (medic)']);
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    await checkPage(nurse, '90-mention-list');
    await field.press('Enter');
    expect(await field.inputValue()).toBe('Could you check the figures, @Dr Sunil Mehta ');
    await nurse.getByRole('button', { name: 'Add comment', exact: true }).click();
    await expect.poll(() => nurse.getByTestId('announcer').textContent(), LONG).toBe('Your comment has been added.');

    // The medic's header counts it without a reload, in the link's name, and says so politely.
    await expect.poll(() => unread(medic), LONG).toBe(before + 1);
    await expect.poll(() => medic.getByTestId('announcer').textContent(), LONG).toMatch(/^New notification: .*Grace Mensah/);
    await medic.getByRole('link', { name: `Notifications ${before + 1} unread` }).click();
    const first = medic.getByRole('list', { name: 'Your notifications' }).getByRole('listitem').first();
    await expect.poll(() => first.textContent(), LONG).toContain('Grace Mensah');
    await checkPage(medic, '91-notifications');
    await first.getByRole('button', { name: /^Mark as read/ }).click();
    await expect.poll(() => unread(medic), LONG).toBe(before);
    await first.getByRole('link').click();
    await expect.poll(() => medic.url(), LONG).toMatch(/\/entries\/[^/]+\/sections\/[^/#]+#thread-/);
  });
});
