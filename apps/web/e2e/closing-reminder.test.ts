// @vitest-environment node
import { fork, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFrom, CHROMIUM, hasChromium, launchChromium, logInAs, LONG, screenshot, wcagViolations } from './browser';
import { seededDataDir } from './server';

if (!hasChromium) console.warn(`Skipping the closing-date reminder browser test: ${CHROMIUM} is not installed.`);

const DAY_MS = 86400_000;

// Issue 12: a reminder fires on a closing date, with the clock moved, not waited for.
describe.skipIf(!hasChromium)('closing-date reminders in Chromium, against the real server', { timeout: 180_000 }, () => {
  let child: ChildProcess;
  let url = '';
  let browser: Browser;
  let dataDir = '';
  let asked = 0;
  /** Moves the server's clock on by `advanceMs` and runs the mail worker's round (reminders among it). */
  const moveClock = (advanceMs: number) =>
    new Promise<void>((resolve) => {
      const id = ++asked;
      const answer = (message: { done?: number }) => {
        if (message.done !== id) return;
        child.off('message', answer);
        resolve();
      };
      child.on('message', answer);
      child.send({ id, advanceMs });
    });

  beforeAll(async () => {
    dataDir = await seededDataDir();
    child = fork(new URL('./server-with-clock.mjs', import.meta.url).pathname, {
      env: { ...process.env, QUORUM_DATA_DIR: dataDir, DATABASE_URL: '', REDIS_URL: '', QUORUM_SEED_DEMO: 'true', QUORUM_DEMO_CONTENT: 'false' },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const started = new Promise<string>((resolve, reject) => {
      child.on('message', (message: { url?: string }) => message.url && resolve(message.url));
      child.once('exit', (code) => reject(new Error(`The server exited with ${code}`)));
    });
    [url, browser] = await Promise.all([started, launchChromium()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (child?.connected) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await exited;
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('the nurse, with her draft pending, is told live in the header when the entry is 14 days from closing', async () => {
    const { page: lead } = await logInAs(browser, url, 'lead@demo.quorum.test');
    const { page: nurse } = await logInAs(browser, url, 'nurse@demo.quorum.test');
    const entry = (await apiFrom(lead, '{ entries(first: 1) { nodes { id title } } }')).data.entries.nodes[0];
    const closesAt = new Date(Date.now() + 20 * DAY_MS);
    const set = await apiFrom(lead, 'mutation($i: SetEntryClosingDateInput!) { setEntryClosingDate(input: $i) { entry { closesAt } } }', {
      i: { entryId: entry.id, closesAt: closesAt.toISOString() },
    });
    expect(set.errors).toBeUndefined();
    // Her page listens for notifications (the header's subscription) before the clock moves.
    const listening = new Promise<void>((resolve) => nurse.on('websocket', (socket) => socket.on('framesent', (frame) => String(frame.payload).includes('notificationAdded') && resolve())));
    await nurse.reload();
    await listening;
    const button = nurse.getByTestId('notifications-button');
    await expect.poll(() => button.textContent(), LONG).toBe('Notifications, none unread');

    // Twenty days before: nothing yet.
    await moveClock(0);
    expect(await button.textContent()).toBe('Notifications, none unread');

    // Six days and an hour on: 13 days 23 hours left, the 14-day reminder, live in her header.
    await moveClock(6 * DAY_MS + 3600_000);
    await expect.poll(() => button.textContent(), LONG).toBe('Notifications 1 unread');
    await button.click();
    await expect.poll(() => nurse.locator('main').textContent(), LONG).toContain(`“${entry.title}” closes in 14 days`);
    expect(await nurse.locator('main').textContent()).toContain('and something of yours is still pending.');
    await nurse.waitForLoadState('networkidle');
    expect(await wcagViolations(nurse), 'axe on the notifications with the reminder').toEqual([]);
    await screenshot(nurse, '93-closing-reminder');

    // Once only: another round at the same threshold sends nothing more.
    await moveClock(0);
    const count = await apiFrom(nurse, '{ me { notifications(first: 10) { totalCount } } }');
    expect(count.data.me.notifications.totalCount).toBe(1);
  });
});
