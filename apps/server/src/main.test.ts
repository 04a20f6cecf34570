import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './test-support/free-port.js';

/**
 * The start command (the built `dist/main.js`) when something is wrong, and when it is told to
 * stop: a clear message and exit 1, or a clean stop and exit 0.
 */
const MAIN = new URL('../dist/main.js', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'quorum-main-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(folder, { recursive: true, force: true });
});

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, DATABASE_URL: '', QUORUM_DEMO_CONTENT: 'false', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited };
}

/** No stack trace and no SQL: only the error's message reaches the log. */
function expectOnlyAMessage(output: string) {
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/insert into|select /i);
}

describe('the start command', () => {
  it('refuses a bad setting before anything starts, naming the variable', async () => {
    const dataDir = join(folder, 'never-created');
    const server = run({ PORT: '4000', QUORUM_DATA_DIR: dataDir, QUORUM_COMPACT_EVERY: 'abc', QUORUM_SEED_DEMO: 'nope' });
    expect(await server.exited).toEqual({ code: 1, signal: null });
    expect(server.output()).toContain("Quorum could not start. Quorum's settings are not valid:");
    expect(server.output()).toContain('QUORUM_COMPACT_EVERY must be a whole number of updates, 1 or more; it is "abc".');
    expect(server.output()).toContain('QUORUM_SEED_DEMO must be true or false');
    expectOnlyAMessage(server.output());
    expect(existsSync(dataDir)).toBe(false);
  });

  it('says DATABASE_URL cannot be opened, without its password', async () => {
    const server = run({ PORT: String(await freePort()), DATABASE_URL: `postgresql://quorum:hunter2@127.0.0.1:${await freePort()}/quorum` });
    expect(await server.exited).toEqual({ code: 1, signal: null });
    expect(server.output()).toMatch(/^Quorum could not start\. The database in DATABASE_URL \(postgresql:\/\/quorum@127\.0\.0\.1:\d+\/quorum\) could not be opened: connect ECONNREFUSED/m);
    expect(server.output()).not.toContain('hunter2');
    expectOnlyAMessage(server.output());
  });

  it('exits with a clear message when its port is in use, closing the embedded database cleanly', async () => {
    const port = await freePort();
    const squatter = createServer().listen(port, '0.0.0.0');
    await new Promise((resolve) => squatter.once('listening', resolve));
    try {
      const dataDir = join(folder, 'port-in-use');
      const server = run({ PORT: String(port), QUORUM_DATA_DIR: dataDir });
      expect(await server.exited).toEqual({ code: 1, signal: null });
      expect(server.output()).toContain(`Quorum could not start. Port ${port} is already in use: stop what is using it, or set PORT to another port.`);
      expectOnlyAMessage(server.output());
      // PostgreSQL removes its lock file when it shuts down cleanly.
      expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
    } finally {
      squatter.close();
    }
  });

  it('on SIGTERM stops everything, exits 0, and leaves an embedded database that opens cleanly', async () => {
    const dataDir = join(folder, 'sigterm');
    const server = run({ PORT: String(await freePort()), QUORUM_DATA_DIR: dataDir });
    await expect.poll(server.output, { timeout: 60_000 }).toContain('Quorum is running');
    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain('SIGTERM: shutting down');
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);

    const db = await PGlite.create(dataDir);
    try {
      expect((await db.query('select count(*)::int as n from users')).rows).toEqual([{ n: 8 }]);
    } finally {
      await db.close();
    }
  });

  it('on SIGTERM while still starting (the embedded database being made), stops once started and exits 0', async () => {
    const dataDir = join(folder, 'sigterm-early');
    const server = run({ PORT: String(await freePort()), QUORUM_DATA_DIR: dataDir });
    await expect.poll(() => existsSync(join(dataDir, 'postmaster.pid')), { timeout: 60_000, interval: 20 }).toBe(true);
    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain('SIGTERM: shutting down once started');
    expect(server.output()).not.toContain('Quorum is running');
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
  });
});
