// Counts the SQL statements the entry page query costs (entry + members + sections +
// criteria), for entries of 5 and 50 sections and 5 and 50 members. The count must not
// grow with the sizes: the 5x5 entry is the baseline, and every ratio should be 1.00.
// Run after `pnpm build`: node bench/entry-page-queries.mjs
import 'reflect-metadata';
import { startServer } from '@quorum/server/dist/app.js';
import { configFromEnv } from '@quorum/server/dist/config.js';
import { hashPassword } from '@quorum/server/dist/auth/secrets.js';
import { User } from '@quorum/server/dist/auth/user.entity.js';
import { addEntryFromTemplate } from '@quorum/server/dist/entries/entry.service.js';
import { Membership } from '@quorum/server/dist/entries/membership.entity.js';
import { Criterion } from '@quorum/server/dist/sections/criterion.entity.js';
import { Section } from '@quorum/server/dist/sections/section.entity.js';
import { Template } from '@quorum/server/dist/templates/template.entity.js';

const ENTRY_PAGE = `query($id: ID!) { entry(id: $id) { id title state viewerRole abilities { canEdit }
  template { name } members { id role user { id name email } }
  sections { id title guidance wordLimit signOffSlots { key label roles } criteria { id text } } } }`;

let counting = false;
let statements = 0;
const server = await startServer(
  { ...configFromEnv({}), port: 0, host: '127.0.0.1', databaseUrl: process.env.DATABASE_URL, dataDir: 'memory://', seedDemo: false },
  { onQuery: () => counting && statements++ },
);
const em = server.orm.em.fork();
const passwordHash = await hashPassword('benchmark-password');
const lead = em.create(User, { email: 'lead@bench.test', name: 'Bench Lead', passwordHash });
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
    const user = em.create(User, { email: `m${i}-${sections}-${members}@bench.test`, name: `Member ${i}`, passwordHash });
    em.create(Membership, { entry, user, role: 'NURSE' });
  }
  await em.flush();
  return entry.id;
}

const response = await fetch(`${server.url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'mutation { logIn(input: { email: "lead@bench.test", password: "benchmark-password" }) { user { id } } }' }),
});
const cookie = response.headers.get('set-cookie').split(';')[0];

async function count(entryId) {
  statements = 0;
  counting = true;
  const r = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: ENTRY_PAGE, variables: { id: entryId } }) });
  const body = await r.json();
  counting = false;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { statements, sections: body.data.entry.sections.length, members: body.data.entry.members.length };
}

const rows = [];
for (const [sections, members] of [[5, 5], [50, 5], [5, 50], [50, 50]]) rows.push(await count(await entryOf(sections, members)));
const baseline = rows[0].statements;
console.log('\nEntry page query: SQL statements per request (including the session lookup)');
console.log('sections  members  statements  ratio to 5x5');
for (const r of rows) console.log(`${String(r.sections).padStart(8)}  ${String(r.members).padStart(7)}  ${String(r.statements).padStart(10)}  ${(r.statements / baseline).toFixed(2).padStart(12)}`);
await server.stop();
if (rows.some((r) => r.statements !== baseline)) {
  console.error('FAIL: the statement count grows with the entry size (N+1).');
  process.exit(1);
}
