import type { ChildProcess } from 'node:child_process';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ApiClient } from '../test-support/api-client.js';
import type { PolicyMultiProcessEntriesQuery } from '../test-support/gql/graphql.js';
import { logInDemo, startServerProcess } from '../test-support/server-process.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { allEnded, allEndedSoonAfter, errorCodes, graphqlWsClient, listen, run, subscribed } from '../test-support/ws-client.js';
import {
  APPLY,
  CHANGE_ROLE,
  CREATE_API_TOKEN,
  ENTRY_EVENTS,
  LIVE_SECTION_UPDATED,
  ME_ID,
  POLICY_MULTI_PROCESS_ENTRIES,
  POLICY_MULTI_PROCESS_LOG_OUT,
  REMOVE_MEMBER,
  REVOKE_TOKEN,
  SECTION_SYNC,
} from '../test-support/operations.js';

/**
 * Two server processes (the built dist/main.js) on one PostgreSQL and one Redis: what is
 * revoked through process A ends what is open on process B within a second, with B's re-check
 * interval at its default (a minute). Two processes cannot share the embedded database, so
 * this test always uses a PostgreSQL server: TEST_DATABASE_URL, or the one at 127.0.0.1:5432.
 */
const children: ChildProcess[] = [];
const open: Client[] = [];
let db: TestDatabase | undefined;
let a: string;
let b: string;
let leadOnA: ApiClient;
let entry: PolicyMultiProcessEntriesQuery['entries']['nodes'][number];

beforeAll(async () => {
  process.env.TEST_DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/test';
  db = await createTestDatabase();
  a = await startServerProcess(children, db.url!, true);
  b = await startServerProcess(children, db.url!, false);
  leadOnA = await logInDemo(a, 'lead@demo.quorum.test');
  entry = (await leadOnA.ok(POLICY_MULTI_PROCESS_ENTRIES)).entries.nodes[0];
}, 120_000);
afterAll(async () => {
  await Promise.all(open.map((c) => c.dispose()));
  for (const child of children) child.kill('SIGKILL');
  await db?.drop();
});

function wsClient(url: string, headers: Record<string, string>, connectionParams?: Record<string, unknown>): Client {
  const client = graphqlWsClient(url, headers, { connectionParams, lazy: false });
  open.push(client);
  return client;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const membershipOf = async (client: ApiClient) => {
  const { me } = await client.ok(ME_ID);
  return entry.members.find((m) => m.user.id === me!.id)!;
};

/** A paragraph typed in a document of its own: an update that depends on no other. */
function paragraph(text: string): string {
  const doc = new Y.Doc();
  const p = new Y.XmlElement('paragraph');
  doc.getXmlFragment('content').insert(0, [p]);
  p.insert(0, [new Y.XmlText(text)]);
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
}

describe('revocation across server processes', () => {
  it('a member removed through A: their subscriptions on B end within a second, and B refuses their next query', async () => {
    const physio = await logInDemo(b, 'physio@demo.quorum.test');
    const ws = wsClient(b, { cookie: physio.cookie!, origin: b });
    const sectionId = entry.sections[0].id;
    const subscriptions = [listen(ws, LIVE_SECTION_UPDATED, { s: sectionId }), listen(ws, ENTRY_EVENTS, { e: entry.id })] as const;
    await subscribed(ws);
    expect((await run(ws, SECTION_SYNC, { s: sectionId })).data?.sectionSync).toBeTruthy();

    const { id: membershipId } = await membershipOf(physio);
    await leadOnA.ok(REMOVE_MEMBER, { i: { membershipId } });
    const removedAt = Date.now();
    await allEnded(subscriptions);
    const within = subscriptions.map((s) => s.completedAt! - removedAt);
    for (const ms of within) expect(ms).toBeLessThan(1_000);
    expect(errorCodes(subscriptions[0])).toEqual(['NOT_FOUND']);
    expect(subscriptions[1].results.at(-1)?.data?.entryEvents.kind).toBe('MEMBER_REMOVED');

    const refused = await run(ws, SECTION_SYNC, { s: sectionId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('a role changed through A: B stops trusting the old role at once (its editor’s next update is refused)', async () => {
    const nurse = await logInDemo(b, 'nurse@demo.quorum.test');
    const ws = wsClient(b, { cookie: nurse.cookie!, origin: b });
    const sectionId = entry.sections[1].id;
    const accepted = await run(ws, APPLY, { i: { sectionId, update: paragraph('Written as a nurse.'), clientId: 'nurse-on-b' } });
    expect(accepted.data?.applySectionUpdate.version).toBeGreaterThan(0); // B now trusts the nurse's role for a couple of seconds

    const { id: membershipId } = await membershipOf(nurse);
    await leadOnA.ok(CHANGE_ROLE, { i: { membershipId, role: 'OBSERVER' } });
    await sleep(200); // well within the two seconds B used to trust a role read on another process
    const refused = await run(ws, APPLY, { i: { sectionId, update: paragraph('Written as an observer.'), clientId: 'nurse-on-b' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a session logged out or a token revoked through A: its connection on B is refused and its subscriptions end within a second', async () => {
    const medicOnA = await logInDemo(a, 'medic@demo.quorum.test');
    const { createApiToken } = await medicOnA.ok(CREATE_API_TOKEN, { i: { name: 'script on B', scope: 'READ' } });
    const analystOnA = await logInDemo(a, 'analyst@demo.quorum.test');
    const byToken = wsClient(b, {}, { authorization: `Bearer ${createApiToken.secret}` });
    const byCookie = wsClient(b, { cookie: analystOnA.cookie!, origin: b }); // the same session, used on B
    const subscriptions = [listen(byToken, LIVE_SECTION_UPDATED, { s: entry.sections[2].id }), listen(byCookie, ENTRY_EVENTS, { e: entry.id })];
    await Promise.all([subscribed(byToken), subscribed(byCookie)]);

    await medicOnA.ok(REVOKE_TOKEN, { i: { tokenId: createApiToken.token.id } });
    await analystOnA.ok(POLICY_MULTI_PROCESS_LOG_OUT);
    const revokedAt = Date.now();
    await allEndedSoonAfter(subscriptions, revokedAt, 'UNAUTHENTICATED');
    for (const ws of [byToken, byCookie]) expect((await run(ws, ME_ID)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
