// Many entries at once: 200 sections with 5 editors each (1,000 WebSocket connections), each
// editor typing about one keystroke a second, for 5 minutes; for every keystroke, the time to
// its arrival at the section's other editors (p50, p99), with the server's CPU and RSS, over
// the first minute and over the last. Peer in the same run and under the same load:
// Hocuspocus 3 storing to the same kind of database (bench/hocuspocus-server.mjs).
// Quorum runs on the embedded database unless DATABASE_URL is set; with DATABASE_URL and
// REDIS_URL, it runs a third time as two server processes sharing them (each section's editors
// split between the two), to show what a second process adds.
// Settings: BENCH_SECONDS (default 300; e.g. 60 for a quick run: the "first minute" is then
// the first half), BENCH_SECTIONS (200), BENCH_EDITORS (5 per section), BENCH_PEERS
// (default "hocuspocus,quorum"), BENCH_PROFILE=dir (a CPU profile of each Quorum server),
// BENCH_NODE_ARGS and BENCH_SERVER_LOG (more node flags for Quorum, its output kept: live-support.mjs).
// Run after `pnpm build`: node bench/many-sections.mjs
import { Clock, gql, hocuspocusEditor, logIn, mb, ms, pct, quorumEditor, sleep, startHocuspocus, startParagraph, startQuorum, typeUntil, usage } from './live-support.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 300);
const SECTIONS = Number(process.env.BENCH_SECTIONS ?? 200);
const PER_SECTION = Number(process.env.BENCH_EDITORS ?? 5);
const PEERS = (process.env.BENCH_PEERS ?? 'hocuspocus,quorum').split(',');
const WINDOW = Math.min(60, SECONDS / 2);
const WARMUP = 5;
const debug = (...args) => process.env.BENCH_DEBUG && console.log(...args);

/** Opens editors a batch at a time (a thousand handshakes at once would measure only the connecting). */
async function openAll(count, make) {
  const editors = [];
  for (let i = 0; i < count; i += 50) {
    const batch = Array.from({ length: Math.min(50, count - i) }, (_, j) => make(i + j));
    await Promise.all(batch.map((e) => e.sync()));
    editors.push(...batch);
  }
  return editors;
}

/** Everyone types for WARMUP + SECONDS; figures over the first WINDOW after the warm-up and the last WINDOW. */
async function typeAndMeasure(editors, pids, clock) {
  const start = performance.now();
  clock.measuredFrom = start + WARMUP * 1000;
  const end = start + (WARMUP + SECONDS) * 1000;
  const typing = Promise.all(editors.map((e, i) => typeUntil(e.doc, i, end, 1000)));
  const cpuOf = () => pids.reduce((sum, pid) => sum + usage(pid).cpu, 0);
  const rssOf = () => pids.reduce((sum, pid) => sum + usage(pid).rss, 0);
  const window = async () => {
    const [cpu, from, at] = [cpuOf(), clock.samples.length, performance.now()];
    await sleep(WINDOW * 1000);
    return { cpu: (cpuOf() - cpu) / ((performance.now() - at) / 1000), samples: clock.samples.slice(from), rss: rssOf() };
  };
  await sleep(WARMUP * 1000);
  const benchCpu = process.cpuUsage();
  const first = await window();
  debug('first window', first.samples.length, clock.percentile(99, first.samples));
  await sleep(Math.max(0, end - performance.now() - WINDOW * 1000));
  const last = await window();
  const { user, system } = process.cpuUsage(benchCpu);
  const bench = (user + system) / 1e6 / ((performance.now() - start) / 1000 - WARMUP);
  await typing;
  await sleep(1500);
  return { first, last, bench, peak: pids.reduce((sum, pid) => sum + usage(pid).peak, 0) };
}

async function hocuspocusRun() {
  const hocus = await startHocuspocus();
  const clock = new Clock();
  const editors = await openAll(SECTIONS * PER_SECTION, (i) => hocuspocusEditor(hocus.port, `section-${i % SECTIONS}`, clock));
  return measure(editors, [hocus.server], clock, hocus.stop);
}

async function quorumRun(processes) {
  const quorum = await startQuorum('many', { processes, env: { REDIS_URL: processes > 1 ? process.env.REDIS_URL : '' } });
  const { urls } = quorum;
  const cookie = await logIn(urls[0], 'lead');
  // Entries from the first template until there are SECTIONS sections, all led by one person.
  const [template] = (await gql(urls[0], cookie, '{ templates { id } }')).templates;
  const sectionIds = (await gql(urls[0], cookie, '{ entries { nodes { sections { id } } } }')).entries.nodes.flatMap((e) => e.sections.map((s) => s.id));
  while (sectionIds.length < SECTIONS) {
    const created = await gql(urls[0], cookie, 'mutation($i: CreateEntryInput!) { createEntry(input: $i) { entry { sections { id } } } }', {
      i: { templateId: template.id, title: `Bench entry ${sectionIds.length}` },
    });
    sectionIds.push(...created.createEntry.entry.sections.map((s) => s.id));
  }
  const clock = new Clock();
  const editors = await openAll(SECTIONS * PER_SECTION, (i) => quorumEditor(urls[Math.floor(i / SECTIONS) % processes], cookie, sectionIds[i % SECTIONS], clock));
  return measure(editors, quorum.servers, clock, quorum.stop);
}

/** A paragraph in every section (its first editor's), then everyone types. */
async function measure(editors, servers, clock, stop) {
  for (let s = 0; s < SECTIONS; s++) startParagraph(editors[s].doc);
  await sleep(3000);
  const missing = editors.filter((e) => e.doc.getXmlFragment('content').length === 0).length;
  if (missing) console.warn(`${missing} editors had not received their section's first paragraph after 3 s`);
  const result = await typeAndMeasure(
    editors,
    servers.map((s) => s.pid),
    clock,
  );
  await Promise.all(editors.map((e) => e.close()));
  await stop();
  return { clock, ...result };
}

const database = process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded database';
const runs = [];
for (const peer of PEERS) {
  debug(peer);
  if (peer === 'hocuspocus') runs.push({ name: 'hocuspocus', ...(await hocuspocusRun()) });
  if (peer === 'quorum') runs.push({ name: `quorum (${database})`, ...(await quorumRun(1)) });
}
if (PEERS.includes('quorum') && process.env.DATABASE_URL && process.env.REDIS_URL) runs.push({ name: 'quorum, 2 processes + Redis', ...(await quorumRun(2)) });

const window = (clock, w) => `${ms(clock.percentile(50, w.samples))} ${ms(clock.percentile(99, w.samples))} ${pct(w.cpu)} ${mb(w.rss)}`;
console.log(
  `\n${SECTIONS} sections x ${PER_SECTION} editors (${SECTIONS * PER_SECTION} WebSockets), ~1 keystroke/s each, ${SECONDS} s after ${WARMUP} s of warm-up; keystroke to arrival at the section's other editors. ${database} for Quorum and Hocuspocus`,
);
console.log(`peer                          | first ${WINDOW} s: p50 p99 CPU RSS         | last ${WINDOW} s: p50 p99 CPU RSS          | peak RSS | samples | the bench's own CPU`);
for (const run of runs) {
  console.log(`${run.name.padEnd(29)} | ${window(run.clock, run.first)} | ${window(run.clock, run.last)} | ${mb(run.peak)}  | ${String(run.clock.samples.length).padStart(7)} | ${pct(run.bench)}`);
}
const hocus = runs.find((r) => r.name === 'hocuspocus');
for (const run of runs.filter((r) => r !== hocus && hocus)) {
  console.log(`${run.name}: p99 / Hocuspocus' p99, last ${WINDOW} s: ${(run.clock.percentile(99, run.last.samples) / hocus.clock.percentile(99, hocus.last.samples)).toFixed(2)}`);
}
process.exit(0);
