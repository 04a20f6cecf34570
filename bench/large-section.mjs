// A section of about 10,000 words built from 50,000 edits: the stored size before and after
// compaction, and the time for a new client to sync it (sectionSync over HTTP) from a cold
// server cache in each state. Baseline in the same run: Yjs alone encoding the same document
// (what the sync answer costs with no server around it).
// Run after `pnpm build`: node bench/large-section.mjs
import 'reflect-metadata';
import * as Y from 'yjs';
import { startServer, compactSection, configFromEnv } from '@quorum/server';

const EDITS = Number(process.env.BENCH_EDITS ?? 50_000);
const server = await startServer({
  ...configFromEnv({}),
  port: 0,
  host: '127.0.0.1',
  databaseUrl: process.env.DATABASE_URL,
  dataDir: 'memory://',
  seedDemo: true,
  demoContent: false,
  compactEvery: 1e9,
  revisionIntervalMs: 1e12,
});
const em = server.orm.em.fork();
const login = await fetch(`${server.url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'mutation { logIn(input: { email: "nurse@demo.quorum.test", password: "quorum-demo-2026" }) { user { id } } }' }),
});
const cookie = login.headers.get('set-cookie').split(';')[0];
const gql = (query, variables) =>
  fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) }).then((r) => r.json());
const sectionId = (await gql('{ entries { nodes { sections { id } } } }')).data.entries.nodes[0].sections[0].id;

// Typing, as several people would: a character at a time at the end of a paragraph, with
// backspaces and new paragraphs now and then; each keystroke is one Yjs update, logged as the
// server logs them.
const writers = Array.from({ length: 5 }, () => new Y.Doc());
let rows = [];
let version = 0;
const flush = async () => {
  if (!rows.length) return;
  const values = rows.map(() => '(?, ?, ?, ?, null, now())').join(', ');
  await em.execute(`insert into section_updates (section_id, version, update, client_id, author_id, created_at) values ${values}`, rows.flat());
  rows = [];
};
for (const w of writers) w.on('update', (u, origin) => origin !== 'peer' && rows.push([sectionId, ++version, Buffer.from(u), `w${w.clientID}`]));
const fragment0 = writers[0].getXmlFragment('content');
const p0 = new Y.XmlElement('paragraph');
fragment0.insert(0, [p0]);
p0.insert(0, [new Y.XmlText('')]);
for (const w of writers.slice(1)) Y.applyUpdate(w, Y.encodeStateAsUpdate(writers[0]), 'peer');
for (let i = 0; i < EDITS; i++) {
  const w = writers[i % writers.length];
  // keep writers in step every few edits, as live editing does
  if (i % 50 === 0) for (const other of writers) if (other !== w) Y.applyUpdate(w, Y.encodeStateAsUpdate(other, Y.encodeStateVector(w)), 'peer');
  const fragment = w.getXmlFragment('content');
  const text = fragment.get(fragment.length - 1 - (i % Math.min(3, fragment.length))).get(0);
  if (i % 600 === 599) {
    const p = new Y.XmlElement('paragraph');
    fragment.insert(fragment.length, [p]);
    p.insert(0, [new Y.XmlText('')]);
  } else if (i % 20 === 19 && text.length > 0) text.delete(text.length - 1, 1);
  else text.insert(text.length, Math.floor(i / writers.length) % 5 === 4 ? ' ' : 'abcdefghijklmnopqrstuvwxyz'[(i * 7) % 26]);
  if (rows.length >= 1000) await flush();
}
await flush();
await em.execute('update section_documents set version = ? where section_id = ?', [version, sectionId]);

const size = async () => {
  const [row] = await em.execute(
    'select coalesce((select sum(octet_length(update)) from section_updates where section_id = ?), 0) as log, (select octet_length(snapshot) from section_documents where section_id = ?) as snapshot',
    [sectionId, sectionId],
  );
  return Number(row.log) + Number(row.snapshot);
};
/** sectionSync for a new client, with the server's cached document dropped first. */
const coldSync = async () => {
  server.services.live.store.forget(sectionId);
  const started = performance.now();
  const result = await gql('query($s: ID!) { sectionSync(sectionId: $s) { update } }', { s: sectionId });
  return { ms: performance.now() - started, bytes: Buffer.from(result.data.sectionSync.update, 'base64').length };
};

const entryId = (await gql('{ entries { nodes { id } } }')).data.entries.nodes[0].id;
const wordCount = (await gql('query($id: ID!) { entry(id: $id) { sections { wordCount } } }', { id: entryId })).data.entry.sections[0].wordCount;
const beforeSize = await size();
const logLength = version;
const beforeSync = await coldSync();
await compactSection(server.services, sectionId, 'edits');
const afterSize = await size();
const afterSync = await coldSync();
// As the server runs by default (QUORUM_COMPACT_EVERY, 500): the snapshot and up to 499 updates after it.
const TAIL = 499;
for (let i = 0; i < TAIL; i++) {
  const w = writers[i % writers.length];
  const fragment = w.getXmlFragment('content');
  const text = fragment.get(fragment.length - 1).get(0);
  text.insert(text.length, 'abcdefghijklmnopqrstuvwxyz'[i % 26]);
}
await flush();
await em.execute('update section_documents set version = ? where section_id = ?', [version, sectionId]);
const tailSync = await coldSync();
const reference = new Y.Doc();
for (const w of writers) Y.applyUpdate(reference, Y.encodeStateAsUpdate(w));
const started = performance.now();
const encoded = Y.encodeStateAsUpdate(reference);
const baseline = performance.now() - started;

const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
console.log(`\nA section of ${wordCount} words built from ${EDITS} edits (${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded database'})`);
console.log(`stored: ${kb(beforeSize)} as a log of ${logLength} updates; ${kb(afterSize)} after compaction (${(beforeSize / afterSize).toFixed(1)}x smaller)`);
console.log(`new client sync, cold cache: ${beforeSync.ms.toFixed(0)} ms from the log, ${afterSync.ms.toFixed(0)} ms from the snapshot (answer ${kb(afterSync.bytes)})`);
console.log(`new client sync, cold cache, as the server keeps it by default (the snapshot and ${TAIL} updates after it, compacting every 500): ${tailSync.ms.toFixed(0)} ms`);
console.log(`baseline, Yjs alone encoding the same document in memory: ${baseline.toFixed(1)} ms (${kb(encoded.length)}); sync from the snapshot is ${(afterSync.ms / baseline).toFixed(0)}x that`);
await server.stop();
process.exit(0);
