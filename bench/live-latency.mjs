// Propagation latency of live edits: N editors on one section, each typing about 5
// characters a second; for every keystroke, the time from the keystroke to its arrival at
// each other editor (p50, p99), with the server's CPU time and peak RSS. Peers, in the same
// run and under the same load: Hocuspocus 3 (its server and provider, storing to the same
// kind of database through its database extension on its default debounce, so an edit it has
// relayed may still be lost: bench/hocuspocus-server.mjs), and a bare y-websocket relay (no
// auth, no persistence: the floor, with disableBc so its edits really go through it).
// Everyone types for a warm-up first (BENCH_WARMUP_SECONDS, default 2) that counts only in
// its own column: the first keystrokes of a freshly started server are slower while V8
// compiles its hot paths, and the steady state is what people typing for a while meet.
// Quorum runs on the embedded database unless DATABASE_URL is set; Hocuspocus stores to the same.
// BENCH_PROFILE=dir writes a CPU profile of each Quorum server there (node --cpu-prof).
// BENCH_QUORUM_ONLY=1 runs Quorum alone (for quick looks while changing it; the ratio is then not printed).
// Run after `pnpm build`: node bench/live-latency.mjs [editors...]   (default 2 10 50)
import {
  Clock,
  DEMO,
  freePort,
  gql,
  hocuspocusEditor,
  logIn,
  mb,
  ms,
  pct,
  quorumEditor,
  RELAY_MAIN,
  relayEditor,
  sleep,
  startHocuspocus,
  startParagraph,
  startProcess,
  startQuorum,
  stopProcess,
  typeUntil,
  usage,
} from './live-support.mjs';

process.setMaxListeners(0); // each y-websocket provider listens for the process's exit
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const EDITORS = SIZES.length ? SIZES : [2, 10, 50];
const debug = (...args) => process.env.BENCH_DEBUG && console.log(...args);

/** Everyone types; latency and the server's CPU count only after the warm-up, until `settleMs` after the last keystroke. */
async function typeAndMeasure(docs, pid, clock, settleMs) {
  const start = performance.now();
  clock.measuredFrom = start + WARMUP * 1000;
  const typing = Promise.all(docs.map((doc, i) => typeUntil(doc, i, start + (WARMUP + SECONDS) * 1000, 200)));
  await sleep(WARMUP * 1000);
  const before = usage(pid);
  const clientCpu = process.cpuUsage();
  await typing;
  debug('bench process CPU', process.cpuUsage(clientCpu));
  await sleep(settleMs);
  const after = usage(pid);
  return { cpu: (after.cpu - before.cpu) / (SECONDS + settleMs / 1000), peak: after.peak };
}

/** One peer's run: its server, n editors synced, a paragraph everyone sees, then typing. */
async function peerRun(n, { start, editor, stop }) {
  const { server, makeEditor } = await start();
  const clock = new Clock();
  const editors = Array.from({ length: n }, (_, i) => makeEditor(i, clock));
  await Promise.all(editors.map((e) => e.sync()));
  startParagraph(editors[0].doc);
  await sleep(1000);
  for (const e of editors) if (e.doc.getXmlFragment('content').length === 0) throw new Error(`${editor}: an editor missed the first paragraph`);
  const load = await typeAndMeasure(
    editors.map((e) => e.doc),
    server.pid,
    clock,
    1500,
  );
  await Promise.all(editors.map((e) => e.close()));
  await stop();
  return { clock, ...load };
}

function relay() {
  let server;
  return {
    editor: 'relay',
    async start() {
      const port = await freePort();
      server = await startProcess(RELAY_MAIN, { HOST: '127.0.0.1', PORT: String(port) }, 'running at');
      return { server, makeEditor: (_i, clock) => relayEditor(port, 'section', clock) };
    },
    stop: () => stopProcess(server),
  };
}

function hocuspocus() {
  let hocus;
  return {
    editor: 'hocuspocus',
    async start() {
      hocus = await startHocuspocus();
      return { server: hocus.server, makeEditor: (_i, clock) => hocuspocusEditor(hocus.port, 'section', clock) };
    },
    stop: () => hocus.stop(),
  };
}

function quorum() {
  let quorum;
  return {
    editor: 'quorum',
    async start() {
      // One process, without Redis whatever the shell sets, as many-sections measures one.
      quorum = await startQuorum('live', { env: { REDIS_URL: '' } });
      const [url] = quorum.urls;
      const cookies = await Promise.all(DEMO.map((who) => logIn(url, who)));
      const sectionId = (await gql(url, cookies[0], '{ entries { nodes { sections { id } } } }')).entries.nodes[0].sections[0].id;
      return { server: quorum.servers[0], makeEditor: (i, clock) => quorumEditor(url, cookies[i % cookies.length], sectionId, clock) };
    },
    stop: () => quorum.stop(),
  };
}

const rows = [];
for (const n of EDITORS) {
  const row = { n };
  for (const peer of process.env.BENCH_QUORUM_ONLY ? [quorum()] : [relay(), hocuspocus(), quorum()]) {
    debug(peer.editor, n);
    row[peer.editor] = await peerRun(n, peer);
  }
  rows.push(row);
}
console.log(
  `\nLive edit propagation, keystroke to arrival at every other editor (${SECONDS} s of typing at ~5 chars/s each after ${WARMUP} s of warm-up; ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded database'} for Quorum and Hocuspocus)`,
);
console.log(
  'editors | relay p50 p99       | hocuspocus p50 p99  | quorum p50 p99      | p99 quorum/hocuspocus | CPU relay hocus quorum | peak RSS relay hocus quorum | samples | quorum p99 in the warm-up',
);
for (const { n, relay: r, hocuspocus: h, quorum: q } of rows) {
  const p = (run, x) => run.clock.percentile(x);
  if (!r) {
    console.log(`${String(n).padStart(7)} | quorum p50 ${ms(p(q, 50))} p99 ${ms(p(q, 99))} | CPU ${pct(q.cpu)} | peak RSS ${mb(q.peak)} | warm-up p99 ${ms(q.clock.percentile(99, q.clock.warmUp))}`);
    continue;
  }
  console.log(
    `${String(n).padStart(7)} | ${ms(p(r, 50))} ${ms(p(r, 99))} | ${ms(p(h, 50))} ${ms(p(h, 99))} | ${ms(p(q, 50))} ${ms(p(q, 99))} | ${(p(q, 99) / p(h, 99)).toFixed(2).padStart(21)} | ${pct(r.cpu)} ${pct(h.cpu)} ${pct(q.cpu)}      | ${mb(r.peak)} ${mb(h.peak)} ${mb(q.peak)}     | ${String(q.clock.samples.length).padStart(7)} | ${ms(q.clock.percentile(99, q.clock.warmUp))}`,
  );
}
process.exit(0);
