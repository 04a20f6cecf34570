import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import pg from 'pg';
import { logInDemo, startServerProcess } from '../test-support/server-process.js';
import { TestSmtp } from '../test-support/smtp.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { MAIL_PROCESS_ENTRIES, MAIL_PROCESS_INVITE } from '../test-support/operations.js';

/**
 * The outbox across a crash: mail queued by a server process that is then killed (SIGKILL,
 * nothing of it runs after) goes after a restart, exactly once, even with two processes
 * reading the outbox at once. Built server processes (dist/main.js) on one PostgreSQL, as the
 * other multi-process tests: TEST_DATABASE_URL, or the one at 127.0.0.1:5432.
 */
const children: ChildProcess[] = [];
let db: TestDatabase | undefined;
let smtp: TestSmtp;

const MAIL = (smtpUrl: string, pollMs: number) => ({
  QUORUM_SMTP_URL: smtpUrl,
  QUORUM_MAIL_FROM: 'quorum@example.nhs.uk',
  QUORUM_MAIL_POLL_MS: String(pollMs),
  QUORUM_MAIL_RETRY_MS: '50',
});

beforeAll(async () => {
  process.env.TEST_DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/test';
  db = await createTestDatabase();
  smtp = await TestSmtp.start();
}, 60_000);
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await smtp?.stop();
  await db?.drop();
});

async function outboxRows(): Promise<{ to_address: string; status: string; attempts: number }[]> {
  const client = new pg.Client({ connectionString: db!.url });
  await client.connect();
  try {
    return (await client.query(`select to_address, status, attempts from mail_outbox where kind = 'MEMBER_INVITED' order by to_address`)).rows;
  } finally {
    await client.end();
  }
}

it('mail queued by a process killed before it sent goes after the restart, exactly once, with two processes reading the outbox', async () => {
  // A reads the outbox only as it starts (an hour between reads): what it queues waits.
  const a = await startServerProcess(children, db!.url!, true, MAIL(smtp.url, 3_600_000));
  const lead = await logInDemo(a, 'lead@demo.quorum.test');
  const entryId = (await lead.ok(MAIL_PROCESS_ENTRIES)).entries.nodes[0].id;
  const addresses = Array.from({ length: 8 }, (_, i) => `crash.${i}@example.nhs.uk`);
  for (const email of addresses) expect((await lead.ok(MAIL_PROCESS_INVITE, { input: { entryId, email, role: 'NURSE' } })).inviteMember.emailed).toBe(true);
  children[0].kill('SIGKILL');
  await new Promise((resolve) => children[0].once('exit', resolve));
  expect((await outboxRows()).map((r) => r.status)).toEqual(addresses.map(() => 'PENDING'));
  expect(smtp.received).toHaveLength(0);

  // Two processes start on the same database, both reading the outbox every 20 ms.
  await Promise.all([startServerProcess(children, db!.url!, false, MAIL(smtp.url, 20)), startServerProcess(children, db!.url!, false, MAIL(smtp.url, 20))]);
  for (const address of addresses) await smtp.waitFor(address, 1, 60_000);
  await new Promise((resolve) => setTimeout(resolve, 500)); // a doubled send would have arrived by now
  for (const address of addresses) expect(smtp.to(address)).toHaveLength(1);
  expect(smtp.received).toHaveLength(addresses.length);
  const rows = await outboxRows();
  expect(rows.map((r) => r.status)).toEqual(addresses.map(() => 'SENT'));
  // Once each as the SMTP server counts them (above); a send that failed under load may have been tried again, never sent twice.
  expect(rows.every((r) => r.attempts >= 1)).toBe(true);
}, 120_000);
