// Propagation latency of live edits: N editors on one section, each typing about 5
// characters a second; for every keystroke, the time from the keystroke to its arrival at
// each other editor (p50, p99), with the server's CPU time and peak RSS. Baseline, in the
// same run and under the same load: a bare y-websocket relay (no auth, no persistence).
// Everyone types for a warm-up first (BENCH_WARMUP_SECONDS, default 2) that counts only in
// its own column: the first keystrokes of a freshly started server are slower while V8
// compiles its hot paths, and the steady state is what people typing for a while meet.
// Quorum runs on the embedded database unless DATABASE_URL is set.
// Run after `pnpm build`: node bench/live-latency.mjs [editors...]   (default 2 10 50)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createClient } from 'graphql-ws';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';

const require = createRequire(import.meta.url);
const QUORUM_MAIN = require.resolve('@quorum/server/main');
const RELAY_MAIN = join(dirname(require.resolve('y-websocket/package.json')), 'bin', 'server.js');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const EDITORS = SIZES.length ? SIZES : [2, 10, 50];
const DEMO = ['lead', 'manager', 'medic', 'nurse', 'physio', 'analyst'];

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function startProcess(main, env, readyText) {
  const child = spawn(process.execPath, [main], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      if (out.includes(readyText)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`${main} exited ${code}`)));
  });
}

/** CPU seconds (user + system) and peak RSS of a process, from /proc. */
function usage(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const cpu = (Number(fields[11]) + Number(fields[12])) / 100;
  const peak = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;
  return { cpu, peak };
}

/** Latency samples, keyed by the keystroke's Yjs id (client:clock). */
class Clock {
  sentAt = new Map();
  samples = [];
  /** Keystrokes typed before `measuredFrom` (the warm-up) count here instead. */
  warmUp = [];
  measuredFrom = Infinity;
  typed(update) {
    const { from, to } = Y.parseUpdateMeta(update);
    for (const [client, start] of from) for (let c = start; c < to.get(client); c++) this.sentAt.set(`${client}:${c}`, performance.now());
  }
  received(update) {
    const now = performance.now();
    const { from, to } = Y.parseUpdateMeta(update);
    for (const [client, start] of from) {
      for (let c = start; c < to.get(client); c++) {
        const at = this.sentAt.get(`${client}:${c}`);
        if (at !== undefined) (at < this.measuredFrom ? this.warmUp : this.samples).push(now - at);
      }
    }
  }
  percentile(p, samples = this.samples) {
    const sorted = [...samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  }
}

/** Types one character every ~200 ms into the first paragraph, for the warm-up and SECONDS. */
async function typeFor(doc, index) {
  await sleep(Math.random() * 200);
  const end = performance.now() + (WARMUP + SECONDS) * 1000;
  const fragment = doc.getXmlFragment('content');
  while (performance.now() < end) {
    const text = fragment.get(0).get(0);
    text.insert(Math.floor(Math.random() * (text.length + 1)), String.fromCharCode(97 + (index % 26)));
    await sleep(200);
  }
}

/** Everyone types; latency and the server's CPU count only after the warm-up, until `settleMs` after the last keystroke. */
async function typeAndMeasure(docs, pid, clock, settleMs) {
  clock.measuredFrom = performance.now() + WARMUP * 1000;
  const typing = Promise.all(docs.map(typeFor));
  await sleep(WARMUP * 1000);
  const before = usage(pid);
  const clientCpu = process.cpuUsage();
  await typing;
  if (process.env.BENCH_DEBUG) console.log('bench process CPU', process.cpuUsage(clientCpu));
  await sleep(settleMs);
  const after = usage(pid);
  return { cpu: (after.cpu - before.cpu) / (SECONDS + settleMs / 1000), peak: after.peak };
}

async function relayRun(n) {
  const port = await freePort();
  const relay = await startProcess(RELAY_MAIN, { HOST: '127.0.0.1', PORT: String(port) }, 'running at');
  const clock = new Clock();
  const docs = [];
  const providers = [];
  for (let i = 0; i < n; i++) {
    const doc = new Y.Doc();
    doc.on('update', (u, origin) => (origin === providers[i] ? clock.received(u) : clock.typed(u)));
    providers.push(new WebsocketProvider(`ws://127.0.0.1:${port}`, 'section', doc, { WebSocketPolyfill: WebSocket }));
    docs.push(doc);
  }
  await Promise.all(providers.map((p) => new Promise((r) => (p.synced ? r() : p.once('synced', r)))));
  const p = new Y.XmlElement('paragraph');
  docs[0].getXmlFragment('content').insert(0, [p]);
  p.insert(0, [new Y.XmlText('')]);
  await sleep(500);
  const load = await typeAndMeasure(docs, relay.pid, clock, 1000);
  providers.forEach((pr) => pr.destroy());
  relay.kill('SIGKILL');
  return { clock, ...load };
}

async function logIn(url, who) {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { logIn(input: { email: "${who}@demo.quorum.test", password: "quorum-demo-2026" }) { user { id } } }` }),
  });
  return r.headers.get('set-cookie').split(';')[0];
}

/** A browser-like editor: listens, and sends its edits one at a time on the same connection. */
function quorumEditor(url, cookie, sectionId, clock) {
  class Socket extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers: { cookie, origin: url } });
    }
  }
  const client = createClient({ url: `${url.replace('http', 'ws')}/graphql`, webSocketImpl: Socket });
  const doc = new Y.Doc();
  const clientId = `bench-${doc.clientID}`;
  let queue = [];
  let sending = false;
  const flush = async () => {
    if (sending || queue.length === 0) return;
    sending = true;
    const update = Y.mergeUpdates(queue);
    queue = [];
    const result = await client
      .iterate({
        query: 'mutation($i: ApplySectionUpdateInput!) { applySectionUpdate(input: $i) { version } }',
        variables: { i: { sectionId, update: Buffer.from(update).toString('base64'), clientId } },
      })
      .next();
    if (result.value?.errors) throw new Error(JSON.stringify(result.value.errors));
    sending = false;
    void flush();
  };
  doc.on('update', (u, origin) => {
    if (origin === 'remote') return;
    clock.typed(u);
    queue.push(u);
    void flush();
  });
  const ready = new Promise((resolve) => {
    client.subscribe(
      { query: 'subscription($s: ID!) { sectionUpdated(sectionId: $s) { update clientId } }', variables: { s: sectionId } },
      {
        next: ({ data }) => {
          const e = data.sectionUpdated;
          if (e.clientId === clientId) return;
          const bytes = new Uint8Array(Buffer.from(e.update, 'base64'));
          clock.received(bytes);
          Y.applyUpdate(doc, bytes, 'remote');
        },
        error: (e) => console.error(e),
        complete: () => {},
      },
    );
    client.on('connected', () => setTimeout(resolve, 100));
  });
  return {
    doc,
    async sync() {
      await ready;
      const r = await client.iterate({ query: 'query($s: ID!) { sectionSync(sectionId: $s) { update } }', variables: { s: sectionId } }).next();
      Y.applyUpdate(doc, new Uint8Array(Buffer.from(r.value.data.sectionSync.update, 'base64')), 'remote');
    },
    close: () => client.dispose(),
  };
}

/**
 * A database of its own for one run: on the PostgreSQL server (DATABASE_URL), a fresh database
 * dropped afterwards, so that no run types into a section earlier runs have filled.
 */
async function freshDatabase() {
  if (!process.env.DATABASE_URL) return { url: '', drop: async () => {} };
  const { createScratchDatabase } = await import('@quorum/server');
  return createScratchDatabase(process.env.DATABASE_URL, 'bench_live');
}

async function quorumRun(n) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-live-'));
  const database = await freshDatabase();
  const server = await startProcess(QUORUM_MAIN, { PORT: String(port), QUORUM_DATA_DIR: dataDir, DATABASE_URL: database.url, QUORUM_DEMO_CONTENT: 'false' }, 'Quorum is running');
  const url = `http://127.0.0.1:${port}`;
  const cookies = await Promise.all(DEMO.map((who) => logIn(url, who)));
  const entries = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookies[0] },
    body: JSON.stringify({ query: '{ entries { nodes { sections { id } } } }' }),
  }).then((r) => r.json());
  const sectionId = entries.data.entries.nodes[0].sections[0].id;
  const clock = new Clock();
  const editors = Array.from({ length: n }, (_, i) => quorumEditor(url, cookies[i % cookies.length], sectionId, clock));
  await Promise.all(editors.map((e) => e.sync()));
  const p = new Y.XmlElement('paragraph');
  editors[0].doc.getXmlFragment('content').insert(0, [p]);
  p.insert(0, [new Y.XmlText('')]);
  await sleep(1000);
  for (const e of editors) if (e.doc.getXmlFragment('content').length === 0) throw new Error('an editor missed the first paragraph');
  const load = await typeAndMeasure(
    editors.map((e) => e.doc),
    server.pid,
    clock,
    1500,
  );
  await Promise.all(editors.map((e) => e.close()));
  server.kill('SIGKILL');
  await new Promise((resolve) => server.once('exit', resolve));
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
  return { clock, ...load };
}

const ms = (x) => `${x.toFixed(1)} ms`.padStart(9);
const mb = (x) => `${(x / 1048576).toFixed(0)} MB`.padStart(7);
const pct = (share) => `${(share * 100).toFixed(0)}%`.padStart(5);
const rows = [];
for (const n of EDITORS) {
  if (process.env.BENCH_DEBUG) console.log('relay', n);
  const relay = await relayRun(n);
  if (process.env.BENCH_DEBUG) console.log('quorum', n);
  const quorum = await quorumRun(n);
  rows.push({ n, relay, quorum });
}
console.log(
  `\nLive edit propagation, keystroke to arrival at every other editor (${SECONDS} s of typing at ~5 chars/s each after ${WARMUP} s of warm-up; ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded database'})`,
);
console.log('editors | relay p50   relay p99 | quorum p50  quorum p99 | p99 ratio | CPU relay quorum | peak RSS relay quorum | samples | quorum p99 in the warm-up');
for (const { n, relay, quorum } of rows) {
  const ratio = quorum.clock.percentile(99) / relay.clock.percentile(99);
  console.log(
    `${String(n).padStart(7)} | ${ms(relay.clock.percentile(50))} ${ms(relay.clock.percentile(99))} | ${ms(quorum.clock.percentile(50))} ${ms(quorum.clock.percentile(99))} | ${ratio.toFixed(2).padStart(9)} | ${pct(relay.cpu)} ${pct(quorum.cpu)}      | ${mb(relay.peak)} ${mb(quorum.peak)}        | ${String(quorum.clock.samples.length).padStart(7)} | ${ms(quorum.clock.percentile(99, quorum.clock.warmUp))}`,
  );
}
process.exit(0);
