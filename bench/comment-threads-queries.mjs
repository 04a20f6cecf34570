// Counts the SQL statements of a section's first page of 50 comment threads (each with its
// author, anchor and replies), for a section of 20 threads and one of 200 threads, each
// thread with 5 replies. The count must not grow with the number of threads: the 20-thread
// section is the baseline, and the ratio should be 1.00.
// Run after `pnpm build`: node bench/comment-threads-queries.mjs
import 'reflect-metadata'; // before any entity module
import * as Y from 'yjs';
import { reportCounts, signedInClient, startCountingServer, userMaker } from './support.mjs';
import { anchorRange, findQuote, indexText, Comment, addEntryFromTemplate, Section, Template } from '@quorum/server';

const PAGE = `query($id: ID!) { entry(id: $id) { sections { id comments(first: 50) { totalCount pageInfo { hasNextPage endCursor }
  nodes { id body deleted resolved createdAt author { id name } mentions { name } anchor { quote currentText deleted changed }
    replyCount replies { id body deleted author { id name } } } } } } }`;
const TEXT = 'Screening within an hour rose for Black patients from 41% to 78%.\n\nNurses ran weekly sessions with the community.';

const { server, em, countStatements } = await startCountingServer();
const makeUser = await userMaker(em);
const lead = makeUser('lead@bench.test', 'Bench Lead');
const others = Array.from({ length: 5 }, (_, i) => makeUser(`writer${i}@bench.test`, `Writer ${i}`));
await em.flush();
const gql = await signedInClient(server.url, 'lead@bench.test');

/** An entry whose first section holds `threads` anchored threads of 5 replies each. */
async function entryWith(threads) {
  const template = await em.findOneOrFail(Template, { key: 'psa-2021-minority-ethnic-outcomes' });
  const entry = addEntryFromTemplate(em, template, `${threads} threads`, lead);
  await em.flush();
  const section = await em.findOneOrFail(Section, { entry, position: 0 });
  await gql('mutation($i: ReplaceSectionContentInput!) { replaceSectionContent(input: $i) { section { id } } }', { i: { sectionId: section.id, markdown: TEXT, baseVersion: 0 } });
  // Anchors are made on a copy of the server's document, as an editor would make them.
  const { sectionSync } = await gql('query($s: ID!) { sectionSync(sectionId: $s) { update } }', { s: section.id });
  const doc = new Y.Doc();
  doc.getXmlFragment('content');
  Y.applyUpdate(doc, Buffer.from(sectionSync.update, 'base64'));
  const index = indexText(doc);
  const range = findQuote(index, 'rose for Black patients', 0);
  const { start, end } = anchorRange(index, range.from, range.to);
  for (let t = 0; t < threads; t++) {
    const thread = em.create(Comment, {
      section,
      author: others[t % others.length],
      body: `Thread ${t}`,
      mentionIds: [lead.id],
      anchorStart: Buffer.from(start),
      anchorEnd: Buffer.from(end),
      anchorQuote: 'rose for Black patients',
      createdAt: new Date(Date.now() - (threads - t) * 1000),
    });
    for (let r = 0; r < 5; r++) em.create(Comment, { section, thread, author: others[(t + r) % others.length], body: `Reply ${r}` });
  }
  await em.flush();
  return entry.id;
}

async function count(entryId) {
  const { result, statements } = await countStatements(() => gql(PAGE, { id: entryId }));
  const page = result.entry.sections[0].comments;
  return { threads: page.totalCount, shown: page.nodes.length, replies: page.nodes.reduce((n, t) => n + t.replies.length, 0), statements };
}

const rows = [];
for (const threads of [20, 200]) rows.push(await count(await entryWith(threads)));
reportCounts(
  'Comment threads, first page of 50: SQL statements per request (including the session lookup)',
  'threads in section  threads shown  replies shown  statements  ratio to 20',
  rows,
  (r, ratio) => `${String(r.threads).padStart(18)}  ${String(r.shown).padStart(13)}  ${String(r.replies).padStart(13)}  ${String(r.statements).padStart(10)}  ${ratio.padStart(11)}`,
);
await server.stop();
