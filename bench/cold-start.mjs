// Start to first answered query, on an empty embedded database (cold) and on the same
// folder again (warm). Baseline, measured in the same run: bare PGlite opening the same
// kind of folder and answering `select 1`, in a fresh process, so the ratio shows what the
// server adds (migrations, templates, demo seed, schema, HTTP) on top of the database itself.
// Run after `pnpm build`: node bench/cold-start.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const MAIN = require.resolve('@quorum/server/main');
const PGLITE = require.resolve('@electric-sql/pglite');

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Milliseconds from spawning bare PGlite until it answers `select 1`. */
function timeBarePglite(dir) {
  const script = `const t=performance.now();const {PGlite}=await import(${JSON.stringify(PGLITE)});const db=await PGlite.create(${JSON.stringify(dir)});await db.query('select 1');console.log(performance.now()-t);await db.close();`;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`pglite exited ${code}`))));
  });
}

/** Milliseconds from spawning the server until /graphql answers a query. */
async function timeServer(dir) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: String(port), QUORUM_DATA_DIR: dir, DATABASE_URL: '' }, stdio: 'ignore' });
  for (;;) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  const elapsed = performance.now() - started;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  return elapsed;
}

const rows = [];
for (const run of [1, 2, 3]) {
  const pgDir = mkdtempSync(join(tmpdir(), 'bench-pglite-'));
  const appDir = mkdtempSync(join(tmpdir(), 'bench-quorum-'));
  rows.push({
    run,
    pgCold: await timeBarePglite(pgDir),
    pgWarm: await timeBarePglite(pgDir),
    appCold: await timeServer(appDir),
    appWarm: await timeServer(appDir),
  });
  rmSync(pgDir, { recursive: true, force: true });
  rmSync(appDir, { recursive: true, force: true });
}

const median = (key) => rows.map((r) => r[key]).sort((a, b) => a - b)[1];
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`.padStart(9);
console.log('\nStart to first answered query (median of 3 runs; process spawn included)');
console.log('                      bare PGlite   Quorum server   ratio');
console.log(`empty data folder     ${fmt(median('pgCold'))}     ${fmt(median('appCold'))}       ${(median('appCold') / median('pgCold')).toFixed(2)}`);
console.log(`existing data folder  ${fmt(median('pgWarm'))}     ${fmt(median('appWarm'))}       ${(median('appWarm') / median('pgWarm')).toFixed(2)}`);
