// Counts the SQL statements of the dashboard query (my entries, each with its sections' words
// against their limits, sign-off slots held and open comments), for someone in 1, 10 and 50
// entries. The count must not grow with the number of entries: 1 entry is the baseline.
// Run after `pnpm build`: node bench/dashboard-queries.mjs
import 'reflect-metadata'; // before any entity module
import { readFileSync } from 'node:fs';
import { reportCounts, signedInClient, startCountingServer, userMaker } from './support.mjs';
import { Template, addEntryFromTemplate, Membership } from '@quorum/server';

// The web app's own dashboard query, as it ships.
const source = readFileSync(new URL('../apps/web/src/entries/entries.query.ts', import.meta.url), 'utf8');
const DASHBOARD = /graphql\(`([\s\S]*?)`\)/.exec(source)[1];

const { server, em, countStatements } = await startCountingServer();
const makeUser = await userMaker(em);
const lead = makeUser('lead@bench.test', 'Bench Lead');
const template = await em.findOneOrFail(Template, { key: 'psa-2021-minority-ethnic-outcomes' });
let entries = 0;

/** Someone who belongs to `count` entries (as a nurse), and their GraphQL client. */
async function memberOf(count) {
  const nurse = makeUser(`nurse-${count}@bench.test`, `Nurse of ${count}`);
  for (let i = 0; i < count; i++) {
    const entry = addEntryFromTemplate(em, template, `Entry ${++entries}`, lead);
    em.create(Membership, { entry, user: nurse, role: 'NURSE' });
  }
  await em.flush();
  return signedInClient(server.url, nurse.email);
}

const rows = [];
for (const count of [1, 10, 50]) {
  const gql = await memberOf(count);
  const { result, statements } = await countStatements(() => gql(DASHBOARD, { first: 50 }));
  rows.push({ entries: result.entries.nodes.length, sections: result.entries.nodes.reduce((n, e) => n + e.sections.length, 0), statements });
}
reportCounts(
  'Dashboard query: SQL statements per request (including the session lookup)',
  'entries  sections  statements  ratio to 1',
  rows,
  (r, ratio) => `${String(r.entries).padStart(7)}  ${String(r.sections).padStart(8)}  ${String(r.statements).padStart(10)}  ${ratio.padStart(10)}`,
);
await server.stop();
