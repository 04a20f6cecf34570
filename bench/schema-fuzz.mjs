// Schema fuzz, the long run: 10,000 requests (the CI test, apps/server/src/fuzz/schema-fuzz.test.ts,
// sends 2,000) to every Query and Mutation field, over real HTTP, as every role, an outsider, a
// READ and a READ_WRITE token and anonymous, against the demo entry of a server started as
// `npm start` starts it (@quorum/server/main). Unlike the test it does not stop at the first
// failure: it lists every distinct one, each with a shrunk request that reproduces it.
// Prints requests, rate, the error codes seen, the checks (no 5xx, no INTERNAL_SERVER_ERROR,
// every error coded, BAD_USER_INPUT with a field, /healthz 200, every audit log valid, nothing
// unexpected in the server's log) and exits 1 when one fails.
// Run after `pnpm build`: node bench/schema-fuzz.mjs [requests] [seed]   (DATABASE_URL: a
// PostgreSQL server to make a scratch database on; unset: the embedded database)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { createScratchDatabase } from '@quorum/server';
import { batchArbitrary, checkAfterFuzz, describeOperation, introspect, requestArbitrary, send, sendAll, setUpFuzzTeam } from '@quorum/server/fuzz';
import { QUORUM_NODE_ARGS } from './live-support.mjs';

const REQUESTS = Number(process.argv[2] ?? 10_000);
const SEED = Number(process.argv[3] ?? process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const CONCURRENCY = 4;
const MAIN = createRequire(import.meta.url).resolve('@quorum/server/main');

/** The server as `npm start` runs it, seeding the demo team and entry; resolves with its URL and log. */
async function startServer(env) {
  const log = [];
  const child = spawn(process.execPath, [...QUORUM_NODE_ARGS, MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', QUORUM_SEED_DEMO: 'true', QUORUM_DEMO_CONTENT: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr.on('data', (chunk) => log.push(String(chunk)));
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      log.push(String(chunk)); // the server's log: JSON lines on standard output (common/log.ts)
      const match = /Quorum is running at (http:\/\/\S+?) /.exec(out);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`The server exited (${code}) before it started:\n${out}\n${log.join('')}`)));
  });
  return {
    url,
    log,
    stop: () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.on('exit', resolve), child.kill('SIGTERM')))),
  };
}

const scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL, 'quorum_fuzz') : undefined;
const dataDir = scratch ? undefined : mkdtempSync(join(tmpdir(), 'quorum-fuzz-'));
const server = await startServer(scratch ? { DATABASE_URL: scratch.url } : { DATABASE_URL: '', QUORUM_DATA_DIR: dataDir });
let failed = false;
try {
  const schema = await introspect(server.url);
  const team = await setUpFuzzTeam(server.url, schema);
  const arbitrary = requestArbitrary(schema, team.senders, team.pools, { sendersFor: team.sendersFor });
  // Batches as the CI test sends them: about one request in six twice at once, to race.
  const operations = fc
    .sample(batchArbitrary(arbitrary), { seed: SEED, numRuns: Math.ceil(REQUESTS / 10) })
    .flat()
    .slice(0, REQUESTS);
  console.log(`\nSchema fuzz: ${REQUESTS} requests, seed ${SEED}, ${CONCURRENCY} at a time, ${scratch ? 'PostgreSQL' : 'embedded database'}`);

  const started = performance.now();
  const results = await sendAll(server.url, team.personas, operations, CONCURRENCY);
  const seconds = (performance.now() - started) / 1000;

  const codes = new Map();
  const statuses = new Map();
  const failures = new Map(); // "operation: problem" → { count, smallest request }
  results.forEach((result, i) => {
    for (const code of result.codes) codes.set(code, (codes.get(code) ?? 0) + 1);
    statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
    for (const problem of result.problems) {
      const key = `${operations[i].operation}: ${problem.replace(/\d+/g, 'N')}`;
      const size = JSON.stringify(operations[i].variables ?? {}).length;
      const seen = failures.get(key);
      if (!seen) failures.set(key, { count: 1, operation: operations[i], size, index: i });
      else {
        seen.count++;
        if (size < seen.size) Object.assign(seen, { operation: operations[i], size, index: i });
      }
    }
  });
  const covered = new Set(operations.map((op) => op.operation));

  console.log(`requests ${results.length} in ${seconds.toFixed(1)} s: ${(results.length / seconds).toFixed(0)} a second; operations covered ${covered.size}`);
  console.log(
    `HTTP statuses ${[...statuses]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ')}`,
  );
  console.log(
    `error codes   ${[...codes]
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${c}: ${n}`)
      .join(', ')}`,
  );

  // Each distinct failure, shrunk by fast-check to a small request of the same operation.
  for (const [key, { count, operation, index }] of failures) {
    const name = operation.operation.split(' ')[1];
    const shrink = await fc.check(
      fc.asyncProperty(requestArbitrary(schema, team.senders, team.pools, { sendersFor: team.sendersFor, only: [name] }), async (op) => {
        const result = await send(server.url, team.personas.get(op.persona), op);
        if (result.problems.some((p) => `${op.operation}: ${p.replace(/\d+/g, 'N')}` === key)) throw new Error(result.problems.join('; '));
      }),
      { seed: SEED, numRuns: 300, interruptAfterTimeLimit: 30_000 },
    );
    const shrunk = shrink.failed ? shrink.counterexample[0] : operation;
    console.log(`\nFAIL ${key} (${count}×; request #${index} of seed ${SEED})\n  ${describeOperation(shrunk)}`);
  }

  const after = await checkAfterFuzz(server.url, team);
  const broken = [...after.audit].filter(([, v]) => !v.valid);
  const internalLogs = server.log
    .join('')
    .split('\n')
    .filter((line) => /Unexpected error|^\s+at |"level":"(error|fatal)"/.test(line));
  const checks = [
    ['no 5xx', ![...statuses.keys()].some((s) => s >= 500 || s === 0)],
    ['no INTERNAL_SERVER_ERROR', !codes.has('INTERNAL_SERVER_ERROR')],
    ['every error has a code', !codes.has('NO_CODE')],
    ['every BAD_USER_INPUT has a field', ![...failures.keys()].some((k) => k.includes('without extensions.field'))],
    ['no other problem', failures.size === 0],
    ['every Query and Mutation field sent', covered.size === Object.keys(schema.getQueryType().getFields()).length + Object.keys(schema.getMutationType().getFields()).length],
    ['/healthz 200 afterwards', after.healthz === 200],
    [`every audit log valid afterwards (${after.audit.size} entries)`, broken.length === 0 && after.unverified.length === 0],
    ['no stack or unexpected error in the server log', internalLogs.length === 0],
  ];
  console.log('');
  for (const [name, ok] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  for (const [id, v] of broken) console.log(`  entry ${id}: ${v.problem}`);
  for (const line of internalLogs.slice(0, 5)) console.log(`  log: ${line.slice(0, 200)}`);
  failed = checks.some(([, ok]) => !ok);
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await server.stop();
  await scratch?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
