// `npm start` to its first answer, as a person runs it: install when the lockfile changed
// (scripts/install-if-changed.mjs), build when the sources changed since the last build
// (scripts/build-if-changed.mjs), start. The first
// start builds what is stale; the second, with nothing changed, must answer within 15 s.
// Baseline in the same run: the built server alone (`node apps/server/dist/main.js`) on the same
// data folder, so the figure shows what install and the build check add.
// Run: node bench/start.mjs (from the repository; it runs npm start in it).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Milliseconds from running `command` until /graphql answers; its output goes to `onOutput`. */
async function timeToFirstAnswer(command, args, dataDir) {
  const port = await freePort();
  const started = performance.now();
  // Its own process group: npm starts a shell that starts node, and all of them are stopped.
  const child = spawn(command, args, { cwd: root, detached: true, env: { ...process.env, PORT: String(port), QUORUM_DATA_DIR: dataDir, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let exited = false;
  const exit = new Promise((resolve) => child.once('exit', () => resolve((exited = true))));
  for (;;) {
    if (exited) throw new Error(`${command} ${args.join(' ')} stopped before answering:\n${output}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const elapsed = performance.now() - started;
  process.kill(-child.pid, 'SIGTERM');
  await exit;
  return { elapsed, built: /Build: (?!every package is up to date)/.test(output) };
}

const dataDir = mkdtempSync(join(tmpdir(), 'bench-start-'));
try {
  const first = await timeToFirstAnswer('npm', ['start'], dataDir);
  const second = await timeToFirstAnswer('npm', ['start'], dataDir);
  const bare = await timeToFirstAnswer(process.execPath, ['apps/server/dist/main.js'], dataDir);
  const fmt = (ms) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
  console.log('\n`npm start` to first answered query (existing data folder for the second and the bare server)');
  console.log(`first npm start (${first.built ? 'built what had changed' : 'nothing to build'})`.padEnd(52) + fmt(first.elapsed));
  console.log(`second npm start to first answer${second.built ? ' (it built: sources changed meanwhile?)' : ''}`.padEnd(52) + fmt(second.elapsed) + '   goal 15 s');
  console.log('baseline: the built server alone'.padEnd(52) + fmt(bare.elapsed));
  console.log(`ratio second start / bare server`.padEnd(52) + `${(second.elapsed / bare.elapsed).toFixed(2)}`.padStart(8));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
