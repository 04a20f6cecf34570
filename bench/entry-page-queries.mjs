// Counts the SQL statements the entry page query costs (entry + members + sections +
// criteria), for entries of 5 and 50 sections and 5 and 50 members. The count must not
// grow with the sizes: the 5x5 entry is the baseline, and every ratio should be 1.00.
// Run after `pnpm build`: node bench/entry-page-queries.mjs
import 'reflect-metadata'; // before any entity module
import { reportCounts, signedInClient, startCountingServer, userMaker } from './support.mjs';
import { addEntryFromTemplate, Membership, Criterion, Section, Template } from '@quorum/server';

const ENTRY_PAGE = `query($id: ID!) { entry(id: $id) { id title state viewerRole abilities { canEdit }
  template { name } members { id role user { id name email } }
  sections { id title guidance wordLimit signOffSlots { key label roles } criteria { id text } } } }`;

const { server, em, countStatements } = await startCountingServer();
const makeUser = await userMaker(em);
const lead = makeUser('lead@bench.test', 'Bench Lead');
await em.flush();

async function entryOf(sections, members) {
  const template = await em.findOneOrFail(Template, { key: 'psa-2021-minority-ethnic-outcomes' });
  const entry = addEntryFromTemplate(em, template, `${sections} sections, ${members} members`, lead);
  const base = template.definition.sections;
  for (let i = base.length; i < sections; i++) {
    const s = base[i % base.length];
    const section = em.create(Section, { entry, position: i, key: `${s.key}-${i}`, title: s.title, guidance: s.guidance, wordLimit: s.wordLimit, signOffSlots: s.signOffSlots });
    s.criteria.forEach((text, j) => em.create(Criterion, { section, position: j, text }));
  }
  for (let i = 1; i < members; i++) {
    const user = makeUser(`m${i}-${sections}-${members}@bench.test`, `Member ${i}`);
    em.create(Membership, { entry, user, role: 'NURSE' });
  }
  await em.flush();
  return entry.id;
}

const gql = await signedInClient(server.url, 'lead@bench.test');

async function count(entryId) {
  const { result, statements } = await countStatements(() => gql(ENTRY_PAGE, { id: entryId }));
  return { statements, sections: result.entry.sections.length, members: result.entry.members.length };
}

const rows = [];
for (const [sections, members] of [
  [5, 5],
  [50, 5],
  [5, 50],
  [50, 50],
])
  rows.push(await count(await entryOf(sections, members)));
reportCounts(
  'Entry page query: SQL statements per request (including the session lookup)',
  'sections  members  statements  ratio to 5x5',
  rows,
  (r, ratio) => `${String(r.sections).padStart(8)}  ${String(r.members).padStart(7)}  ${String(r.statements).padStart(10)}  ${ratio.padStart(12)}`,
);
await server.stop();
