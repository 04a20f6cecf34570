import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient } from './test-support/api-client.js';
import { freePort } from './test-support/free-port.js';
import { LOG_IN_LEAD, START_CREATE_ENTRY, START_ENTRIES, TEMPLATE_IDS } from './test-support/operations.js';
import { startCommandNodeFlags } from './test-support/start-command.js';

/**
 * The start command's server (the built `dist/main.js`, with the node flags `npm start` gives
 * it, so that each Node version the suite runs on is seen to take them) on an empty data
 * folder: it comes up with the demo entry, and keeps its data across a restart.
 */
const MAIN = new URL('../dist/main.js', import.meta.url).pathname;
const NODE_FLAGS = startCommandNodeFlags();
const dataDir = mkdtempSync(join(tmpdir(), 'quorum-start-'));
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts the server and resolves with everything it printed once it says it is running. */
async function start(port: number, more: Record<string, string> = {}): Promise<string> {
  const env = { ...process.env, HOST: undefined, PORT: String(port), QUORUM_DATA_DIR: dataDir, DATABASE_URL: '', ...more };
  child = spawn(process.execPath, [...NODE_FLAGS, MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    child!.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Quorum is running')) setTimeout(() => resolve(output), 200); // let the demo lines arrive
    });
    child!.stderr!.on('data', (chunk) => (output += chunk));
    child!.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

async function stop(): Promise<void> {
  const exited = new Promise((resolve) => child!.once('exit', resolve));
  child!.kill('SIGTERM');
  await exited;
  child = undefined;
}

/** This machine's other addresses (if it has any) get no answer: the server listens on loopback only. */
async function expectRefusedFromOtherInterfaces(port: number): Promise<void> {
  const others = Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal);
  for (const { address } of others) await expect(fetch(`http://${address}:${port}/healthz`)).rejects.toThrow();
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
}

describe('the start command on an empty data folder', () => {
  it('comes up with the demo team, and keeps all data across a restart', async () => {
    const port = await freePort();
    const first = await start(port);
    expect(first).toContain(`Quorum is running at http://localhost:${port}`);
    expect(first).toMatch(/PATIENT_REP\s+patient@demo\.quorum\.test\s+quorum-demo-2026/);
    // The demo accounts' password is public: without HOST, only this computer may reach them.
    expect(first).toContain('Listening on this computer only (127.0.0.1)');
    await expectRefusedFromOtherInterfaces(port);

    const lead = new ApiClient(`http://127.0.0.1:${port}`);
    await lead.ok(LOG_IN_LEAD);
    const templateId = (await lead.ok(TEMPLATE_IDS)).templates[0].id;
    await lead.ok(START_CREATE_ENTRY, { t: templateId });
    await stop();

    // No seeding asked, but the demo accounts are still there: still this computer only.
    const second = await start(port, { QUORUM_SEED_DEMO: 'false' });
    expect(second).not.toContain('Demo team seeded');
    expect(second).toContain('Listening on this computer only (127.0.0.1)');
    await expectRefusedFromOtherInterfaces(port);
    const titles = (await lead.ok(START_ENTRIES)).entries.nodes;
    expect(titles.map((e) => e.title).sort()).toEqual(['Closing the gap in sepsis recognition for minority ethnic patients', 'Made before the restart']);
    expect(titles.every((e) => e.sections.length === 5)).toBe(true);
    await stop();
  }, 180_000); // two starts on a new database: 25 s on an idle machine, over a minute on a busy one
});
