import type { ChildProcess } from 'node:child_process';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ApiClient, VariablesArg } from '../test-support/api-client.js';
import { graphql } from '../test-support/gql/index.js';
import type { PolicyMultiProcessEntriesQuery } from '../test-support/gql/graphql.js';
import { logInDemo, startServerProcess } from '../test-support/server-process.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { graphqlWsClient, iterate, subscribe } from '../test-support/ws-client.js';

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

const ENTRIES = graphql(`
  query PolicyMultiProcessEntries {
    entries {
      nodes {
        id
        sections {
          id
        }
        members {
          id
          role
          user {
            id
          }
        }
      }
    }
  }
`);

beforeAll(async () => {
  process.env.TEST_DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/test';
  db = await createTestDatabase();
  a = await startServerProcess(children, db.url!, true);
  b = await startServerProcess(children, db.url!, false);
  leadOnA = await logInDemo(a, 'lead@demo.quorum.test');
  entry = (await leadOnA.ok(ENTRIES)).entries.nodes[0];
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

/** What a subscription or a request over the connection answered: its data, or the errors it was refused with. */
type Result<TData> = { data?: TData | null; errors?: readonly any[] };

function listen<TData, TVariables>(client: Client, document: TypedDocumentNode<TData, TVariables>, variables: VariablesArg<TVariables>[0]) {
  const seen = { results: [] as Result<TData>[], completedAt: undefined as number | undefined };
  subscribe(client, document, variables, {
    next: (r) => void seen.results.push(r),
    error: (e) => void seen.results.push({ errors: [e] }),
    complete: () => (seen.completedAt = Date.now()),
  });
  return seen;
}

async function run<TData, TVariables>(client: Client, document: TypedDocumentNode<TData, TVariables>, ...variables: VariablesArg<TVariables>): Promise<Result<TData>> {
  return iterate(client, document, ...variables)
    .next()
    .then((r) => r.value as Result<TData>)
    .catch((errors: any[]) => ({ errors }));
}

const SECTION = graphql(`
  subscription PolicyMultiProcessSectionUpdated($s: ID!) {
    sectionUpdated(sectionId: $s) {
      version
    }
  }
`);
const EVENTS = graphql(`
  subscription PolicyMultiProcessEntryEvents($e: ID!) {
    entryEvents(entryId: $e) {
      kind
    }
  }
`);
const APPLY = graphql(`
  mutation PolicyMultiProcessApply($i: ApplySectionUpdateInput!) {
    applySectionUpdate(input: $i) {
      version
    }
  }
`);
const ME_ID = graphql(`
  query PolicyMultiProcessMeId {
    me {
      id
    }
  }
`);
const SECTION_SYNC = graphql(`
  query PolicyMultiProcessSectionSync($s: ID!) {
    sectionSync(sectionId: $s) {
      version
    }
  }
`);
const REMOVE_MEMBER = graphql(`
  mutation PolicyMultiProcessRemoveMember($i: RemoveMemberInput!) {
    removeMember(input: $i) {
      removedMembershipId
    }
  }
`);
const CHANGE_ROLE = graphql(`
  mutation PolicyMultiProcessChangeRole($i: ChangeMemberRoleInput!) {
    changeMemberRole(input: $i) {
      membership {
        role
      }
    }
  }
`);
const CREATE_TOKEN = graphql(`
  mutation PolicyMultiProcessCreateToken {
    createApiToken(input: { name: "script on B", scope: READ }) {
      token {
        id
      }
      secret
    }
  }
`);
const REVOKE_TOKEN = graphql(`
  mutation PolicyMultiProcessRevokeToken($i: RevokeApiTokenInput!) {
    revokeApiToken(input: $i) {
      token {
        id
      }
    }
  }
`);
const LOG_OUT = graphql(`
  mutation PolicyMultiProcessLogOut {
    logOut(input: {}) {
      loggedOut
    }
  }
`);
const codes = (seen: { results: { errors?: readonly any[] }[] }) => seen.results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ended = (subscriptions: readonly { completedAt?: number }[]) => expect.poll(() => subscriptions.every((s) => s.completedAt), { timeout: 10_000, interval: 20 }).toBeTruthy();
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

/** Subscriptions are set up once a query sent after them on the same connection is answered. */
async function subscribed(client: Client) {
  expect((await run(client, ME_ID)).data?.me?.id).toBeTruthy();
  await sleep(100);
}

describe('revocation across server processes', () => {
  it('a member removed through A: their subscriptions on B end within a second, and B refuses their next query', async () => {
    const physio = await logInDemo(b, 'physio@demo.quorum.test');
    const ws = wsClient(b, { cookie: physio.cookie!, origin: b });
    const sectionId = entry.sections[0].id;
    const subscriptions = [listen(ws, SECTION, { s: sectionId }), listen(ws, EVENTS, { e: entry.id })] as const;
    await subscribed(ws);
    expect((await run(ws, SECTION_SYNC, { s: sectionId })).data?.sectionSync).toBeTruthy();

    const { id: membershipId } = await membershipOf(physio);
    await leadOnA.ok(REMOVE_MEMBER, { i: { membershipId } });
    const removedAt = Date.now();
    await ended(subscriptions);
    const within = subscriptions.map((s) => s.completedAt! - removedAt);
    for (const ms of within) expect(ms).toBeLessThan(1_000);
    expect(codes(subscriptions[0])).toEqual(['NOT_FOUND']);
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
    const { createApiToken } = await medicOnA.ok(CREATE_TOKEN);
    const analystOnA = await logInDemo(a, 'analyst@demo.quorum.test');
    const byToken = wsClient(b, {}, { authorization: `Bearer ${createApiToken.secret}` });
    const byCookie = wsClient(b, { cookie: analystOnA.cookie!, origin: b }); // the same session, used on B
    const subscriptions = [listen(byToken, SECTION, { s: entry.sections[2].id }), listen(byCookie, EVENTS, { e: entry.id })];
    await Promise.all([subscribed(byToken), subscribed(byCookie)]);

    await medicOnA.ok(REVOKE_TOKEN, { i: { tokenId: createApiToken.token.id } });
    await analystOnA.ok(LOG_OUT);
    const revokedAt = Date.now();
    await ended(subscriptions);
    for (const s of subscriptions) {
      expect(s.completedAt! - revokedAt).toBeLessThan(1_000);
      expect(codes(s)).toEqual(['UNAUTHENTICATED']);
    }
    for (const ws of [byToken, byCookie]) expect((await run(ws, ME_ID)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
