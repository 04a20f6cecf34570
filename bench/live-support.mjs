// What the live benches share: starting a server process (Quorum and Hocuspocus each on a
// database of its own), its CPU and memory from /proc, latency samples keyed by keystroke, and
// an editor for each peer (Quorum over graphql-ws, Hocuspocus with its provider, the bare
// y-websocket relay).
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const require = createRequire(import.meta.url);
export const QUORUM_MAIN = require.resolve('@quorum/server/main');
/** The node flags `npm start` runs the server with (package.json's start script), so that the benches measure what people run. */
export const QUORUM_NODE_ARGS = /\bnode ((?:--\S+ )*)apps\/server\/dist\/main\.js/
  .exec(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts.start)[1]
  .split(' ')
  .filter(Boolean);
export const RELAY_MAIN = join(dirname(require.resolve('y-websocket/package.json')), 'bin', 'server.js');
export const HOCUSPOCUS_MAIN = new URL('hocuspocus-server.mjs', import.meta.url).pathname;
export const DEMO = ['lead', 'manager', 'medic', 'nurse', 'physio', 'analyst'];

export const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A node process, resolved once it prints `readyText`; `nodeArgs` go before the script (e.g.
 * --cpu-prof). With BENCH_SERVER_LOG=file, what it prints is added to that file (e.g. the
 * lines of BENCH_NODE_ARGS=--trace-gc).
 */
export function startProcess(main, env, readyText, nodeArgs = []) {
  const child = spawn(process.execPath, [...nodeArgs, main], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      if (process.env.BENCH_SERVER_LOG) appendFileSync(process.env.BENCH_SERVER_LOG, c);
      if (out.length < 100_000) out += c;
      if (out.includes(readyText)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`${main} exited ${code}`)));
  });
}

/** Stops a process started here and waits for it (SIGINT lets --cpu-prof write its profile). */
export async function stopProcess(child, signal = 'SIGKILL') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

/** CPU seconds (user + system), current and peak RSS of a process, from /proc. */
export function usage(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const cpu = (Number(fields[11]) + Number(fields[12])) / 100;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const peak = Number(/VmHWM:\s+(\d+)/.exec(status)[1]) * 1024;
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)[1]) * 1024;
  return { cpu, peak, rss };
}

/** Latency samples, keyed by the keystroke's Yjs id (client:clock). */
export class Clock {
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
  /** Samples taken so far, from `index` on (for figures over a stretch of a long run). */
  since(index) {
    return this.samples.slice(index);
  }
  percentile(p, samples = this.samples) {
    const sorted = Float64Array.from(samples).sort();
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  }
}

/** Adds an empty paragraph for everyone to type into. */
export function startParagraph(doc) {
  const p = new Y.XmlElement('paragraph');
  doc.getXmlFragment('content').insert(0, [p]);
  p.insert(0, [new Y.XmlText('')]);
}

/** Types one character every `everyMs` (about) into the first paragraph until `until` (performance.now()). */
export async function typeUntil(doc, index, until, everyMs) {
  await sleep(Math.random() * everyMs);
  const fragment = doc.getXmlFragment('content');
  while (performance.now() < until) {
    const paragraph = fragment.get(0);
    if (paragraph) {
      const text = paragraph.get(0);
      text.insert(Math.floor(Math.random() * (text.length + 1)), String.fromCharCode(97 + (index % 26)));
    }
    await sleep(everyMs * (0.5 + Math.random()));
  }
}

/** Logs in a demo person; the session cookie. */
export async function logIn(url, who) {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { logIn(input: { email: "${who}@demo.quorum.test", password: "quorum-demo-2026" }) { user { id } } }` }),
  });
  return r.headers.get('set-cookie').split(';')[0];
}

/** GraphQL over HTTP as the cookie's holder, failing on any error. */
export async function gql(url, cookie, query, variables) {
  const r = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const body = await r.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A browser-like Quorum editor: listens, and sends its edits one at a time on the same connection (merging what piled up meanwhile). */
export function quorumEditor(url, cookie, sectionId, clock) {
  class Socket extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers: { cookie, origin: url } });
    }
  }
  const client = createClient({ url: `${url.replace('http', 'ws')}/graphql`, webSocketImpl: Socket, lazy: false, retryAttempts: 0 });
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
      // As the web app listens: edits relayed while they are committed (apps/server/src/live/relay.ts).
      { query: 'subscription($s: ID!) { sectionRelay(sectionId: $s) { kind update clientId } }', variables: { s: sectionId } },
      {
        next: ({ data }) => {
          const e = data.sectionRelay;
          if (e.kind === 'WITHDRAWN') return void console.error('The server withdrew relayed edits: the bench expects none.');
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

/** A Hocuspocus editor: its provider on a WebSocket of its own, presence off (as for every peer). */
export function hocuspocusEditor(port, name, clock) {
  const doc = new Y.Doc();
  let provider;
  doc.on('update', (u, origin) => (origin === provider ? clock.received(u) : clock.typed(u)));
  provider = new HocuspocusProvider({ url: `ws://127.0.0.1:${port}`, name, document: doc, awareness: null, WebSocketPolyfill: WebSocket });
  return {
    doc,
    sync: () => new Promise((resolve) => (provider.isSynced ? resolve() : provider.on('synced', resolve))),
    close: () => provider.destroy(),
  };
}

/** A bare y-websocket relay editor (disableBc: edits go through the relay, not between the bench's own clients). */
export function relayEditor(port, name, clock) {
  const doc = new Y.Doc();
  let provider;
  doc.on('update', (u, origin) => (origin === provider ? clock.received(u) : clock.typed(u)));
  provider = new WebsocketProvider(`ws://127.0.0.1:${port}`, name, doc, { WebSocketPolyfill: WebSocket, disableBc: true });
  return {
    doc,
    sync: () => new Promise((resolve) => (provider.synced ? resolve() : provider.once('synced', resolve))),
    close: () => provider.destroy(),
  };
}

/**
 * A database of its own for one run: on the PostgreSQL server (DATABASE_URL), a fresh database
 * dropped afterwards, so that no run types into a section earlier runs have filled.
 */
export async function freshDatabase(prefix) {
  if (!process.env.DATABASE_URL) return { url: '', drop: async () => {} };
  const { createScratchDatabase } = await import('@quorum/server');
  return createScratchDatabase(process.env.DATABASE_URL, prefix);
}

/**
 * Quorum on a database and data directory of their own (`bench_<name>`), as `processes` server
 * processes sharing them, each with a CPU profile in BENCH_PROFILE if it is set; `env` is added to
 * each process's environment. BENCH_NODE_ARGS (space-separated) go after `npm start`'s own node
 * flags, so they win: e.g. "--max-semi-space-size=32" to try another young generation. `stop`
 * ends them and removes what they stored.
 */
export async function startQuorum(name, { processes = 1, env = {} } = {}) {
  const database = await freshDatabase(`bench_${name}`);
  const dataDir = mkdtempSync(join(tmpdir(), `bench-${name}-`));
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const servers = [];
  const urls = [];
  for (let i = 0; i < processes; i++) {
    const port = await freePort();
    const serverEnv = { PORT: String(port), QUORUM_DATA_DIR: dataDir, DATABASE_URL: database.url, QUORUM_DEMO_CONTENT: 'false', ...env };
    servers.push(await startProcess(QUORUM_MAIN, serverEnv, 'Quorum is running', [...QUORUM_NODE_ARGS, ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []), ...profile]));
    urls.push(`http://127.0.0.1:${port}`);
  }
  return {
    servers,
    urls,
    async stop() {
      for (const server of servers) await stopProcess(server, process.env.BENCH_PROFILE ? 'SIGINT' : 'SIGKILL');
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Hocuspocus (bench/hocuspocus-server.mjs) on a database of its own; `stop` ends it and drops the database. */
export async function startHocuspocus() {
  const port = await freePort();
  const database = await freshDatabase('bench_hocuspocus');
  const server = await startProcess(HOCUSPOCUS_MAIN, { PORT: String(port), DATABASE_URL: database.url }, 'Hocuspocus is running');
  return {
    port,
    server,
    async stop() {
      await stopProcess(server);
      await database.drop();
    },
  };
}

export const ms = (x) => `${x.toFixed(1)} ms`.padStart(9);
export const mb = (x) => `${(x / 1048576).toFixed(0)} MB`.padStart(7);
export const pct = (share) => `${(share * 100).toFixed(0)}%`.padStart(5);
