import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VariablesArg } from '../test-support/api-client.js';
import { createTeam, createUser, type Team } from '../test-support/factories.js';
import { graphql } from '../test-support/gql/index.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { graphqlWsClient, iterate, subscribe } from '../test-support/ws-client.js';

/**
 * Revocation is pushed, not polled: a log-out, a revoked token or a removal ends what was open
 * on that access within a second, with the re-check interval left at its default (a minute),
 * and whether or not events are flowing (nobody writes anything here after the revocation).
 */
let server: TestServer;
let team: Team;
const open: Client[] = [];

beforeAll(async () => {
  server = await startTestServer();
  team = await createTeam(server);
});
afterAll(async () => {
  await Promise.all(open.map((c) => c.dispose()));
  await server?.stop();
});

function wsClient(headers: Record<string, string>, connectionParams?: Record<string, unknown>): Client {
  const client = graphqlWsClient(server.url, headers, { connectionParams, lazy: false });
  open.push(client);
  return client;
}

/** What a subscription or a request over the connection answered: its data, or the errors it was refused with. */
type Result<TData> = { data?: TData | null; errors?: readonly any[] };

/** A subscription's results, and when it completed. */
function listen<TData, TVariables>(client: Client, document: TypedDocumentNode<TData, TVariables>, variables: VariablesArg<TVariables>[0]) {
  const seen = { results: [] as Result<TData>[], completedAt: undefined as number | undefined };
  subscribe(client, document, variables, {
    next: (r) => void seen.results.push(r),
    error: (e) => void seen.results.push({ errors: [e] }),
    complete: () => (seen.completedAt = Date.now()),
  });
  return seen;
}

/** One query or mutation over the connection: its result, or the errors it was refused with. */
async function run<TData, TVariables>(client: Client, document: TypedDocumentNode<TData, TVariables>, ...variables: VariablesArg<TVariables>): Promise<Result<TData>> {
  return iterate(client, document, ...variables)
    .next()
    .then((r) => r.value as Result<TData>)
    .catch((errors: any[]) => ({ errors }));
}

const SECTION = graphql(`
  subscription PolicyRevocationsSectionUpdated($s: ID!) {
    sectionUpdated(sectionId: $s) {
      version
    }
  }
`);
const PRESENCE = graphql(`
  subscription PolicyRevocationsPresenceUpdated($e: ID!) {
    presenceUpdated(entryId: $e) {
      userName
    }
  }
`);
const EVENTS = graphql(`
  subscription PolicyRevocationsEntryEvents($e: ID!) {
    entryEvents(entryId: $e) {
      kind
    }
  }
`);
const ME_ID = graphql(`
  query PolicyRevocationsMeId {
    me {
      id
    }
  }
`);
const ME_NAME = graphql(`
  query PolicyRevocationsMeName {
    me {
      name
    }
  }
`);
const LOG_IN = graphql(`
  mutation PolicyRevocationsLogIn($i: LogInInput!) {
    logIn(input: $i) {
      user {
        id
      }
    }
  }
`);
const LOG_OUT = graphql(`
  mutation PolicyRevocationsLogOut {
    logOut(input: {}) {
      loggedOut
    }
  }
`);
const LOG_OUT_EVERYWHERE = graphql(`
  mutation PolicyRevocationsLogOutEverywhere {
    logOut(input: { everywhere: true }) {
      loggedOut
    }
  }
`);
const MARK_ALL_READ = graphql(`
  mutation PolicyRevocationsMarkAllRead {
    markNotificationsRead(input: { all: true }) {
      unreadCount
    }
  }
`);
const TEMPLATES = graphql(`
  query PolicyRevocationsTemplates {
    templates {
      id
    }
  }
`);
const CREATE_ENTRY = graphql(`
  mutation PolicyRevocationsCreateEntry($t: ID!) {
    createEntry(input: { templateId: $t, title: "Soon gone" }) {
      entry {
        id
      }
    }
  }
`);
const CREATE_TOKEN = graphql(`
  mutation PolicyRevocationsCreateToken {
    createApiToken(input: { name: "live script", scope: READ_WRITE }) {
      token {
        id
      }
      secret
    }
  }
`);
const REVOKE_TOKEN = graphql(`
  mutation PolicyRevocationsRevokeToken($i: RevokeApiTokenInput!) {
    revokeApiToken(input: $i) {
      token {
        id
      }
    }
  }
`);
const SECTION_MARKDOWN = graphql(`
  query PolicyRevocationsSectionMarkdown($s: ID!) {
    section(id: $s) {
      markdown
    }
  }
`);
const REMOVE_MEMBER = graphql(`
  mutation PolicyRevocationsRemoveMember($i: RemoveMemberInput!) {
    removeMember(input: $i) {
      removedMembershipId
    }
  }
`);
const SECTION_SYNC = graphql(`
  query PolicyRevocationsSectionSync($s: ID!) {
    sectionSync(sectionId: $s) {
      stateVector
    }
  }
`);
const codes = (seen: { results: { errors?: readonly any[] }[] }) => seen.results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Subscriptions are set up on the server once a query sent after them is answered (one connection, in order). */
async function subscribed(client: Client) {
  expect((await run(client, ME_ID)).data?.me?.id).toBeTruthy();
  await sleep(100);
}

describe('revocation pushed to open WebSockets', () => {
  it('after logOut, the same connection’s next query is refused at once and its subscriptions end within a second', async () => {
    const { client } = team.members.NURSE;
    const ws = wsClient({ cookie: client.cookie!, origin: server.url });
    const subscriptions = [listen(ws, SECTION, { s: team.sectionIds[0] }), listen(ws, PRESENCE, { e: team.entryId }), listen(ws, EVENTS, { e: team.entryId })];
    await subscribed(ws);

    await client.ok(LOG_OUT);
    const loggedOutAt = Date.now();
    const refused = await run(ws, ME_NAME);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const mutation = await run(ws, MARK_ALL_READ);
    expect(mutation.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await expect.poll(() => subscriptions.every((s) => s.completedAt), { timeout: 5_000, interval: 20 }).toBeTruthy();
    for (const s of subscriptions) {
      expect(s.completedAt! - loggedOutAt).toBeLessThan(1_000);
      expect(codes(s)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('logging out everywhere ends the connections of every session of the account', async () => {
    const { client, user } = await createUser(server, 'Two Browsers');
    const other = server.client();
    await other.ok(LOG_IN, { i: { email: user.email, password: 'correct horse battery' } });
    const ws = wsClient({ cookie: other.cookie!, origin: server.url });
    expect((await run(ws, ME_NAME)).data?.me?.name).toBe('Two Browsers');

    await client.ok(LOG_OUT_EVERYWHERE);
    expect((await run(ws, ME_NAME)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('when the session expires, its connection is refused from that moment and its subscriptions end', async () => {
    const { client, userId } = await server.signUp('Expiring Session');
    // A session about to expire (the shortest QUORUM_SESSION_TTL_HOURS is an hour).
    await server.orm.em.fork().execute(`update sessions set expires_at = now() + interval '3 seconds' where user_id = ?`, [userId]);
    const ws = wsClient({ cookie: client.cookie!, origin: server.url });
    const { createEntry } = await client.ok(CREATE_ENTRY, {
      t: (await client.ok(TEMPLATES)).templates[0].id,
    });
    const subscription = listen(ws, EVENTS, { e: createEntry.entry.id });
    await subscribed(ws);
    await expect.poll(() => subscription.completedAt, { timeout: 10_000, interval: 20 }).toBeTruthy();
    expect(codes(subscription)).toEqual(['UNAUTHENTICATED']);
    expect((await run(ws, ME_ID)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('after revokeApiToken, the token’s connection is refused at once and its subscriptions end within a second', async () => {
    const medic = team.members.MEDIC;
    const { createApiToken } = await medic.client.ok(CREATE_TOKEN);
    const ws = wsClient({}, { authorization: `Bearer ${createApiToken.secret}` });
    const subscriptions = [listen(ws, SECTION, { s: team.sectionIds[0] }), listen(ws, PRESENCE, { e: team.entryId }), listen(ws, EVENTS, { e: team.entryId })];
    await subscribed(ws);

    await medic.client.ok(REVOKE_TOKEN, { i: { tokenId: createApiToken.token.id } });
    const revokedAt = Date.now();
    const refused = await run(ws, SECTION_MARKDOWN, { s: team.sectionIds[0] });
    expect(refused.errors?.[0]).toMatchObject({ message: 'The API token is not valid, or has been revoked.', extensions: { code: 'UNAUTHENTICATED' } });
    const mutation = await run(ws, MARK_ALL_READ);
    expect(mutation.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await expect.poll(() => subscriptions.every((s) => s.completedAt), { timeout: 5_000, interval: 20 }).toBeTruthy();
    for (const s of subscriptions) {
      expect(s.completedAt! - revokedAt).toBeLessThan(1_000);
      expect(codes(s)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('a removed member’s idle subscriptions end with NOT_FOUND within a second', async () => {
    const physio = team.members.ALLIED_HEALTH;
    const ws = wsClient({ cookie: physio.client.cookie!, origin: server.url });
    const subscriptions = [listen(ws, SECTION, { s: team.sectionIds[1] }), listen(ws, PRESENCE, { e: team.entryId })];
    await subscribed(ws);

    await team.members.LEAD.client.ok(REMOVE_MEMBER, { i: { membershipId: physio.membershipId } });
    const removedAt = Date.now();
    await expect.poll(() => subscriptions.every((s) => s.completedAt), { timeout: 5_000, interval: 20 }).toBeTruthy();
    for (const s of subscriptions) {
      expect(s.completedAt! - removedAt).toBeLessThan(1_000);
      expect(codes(s)).toEqual(['NOT_FOUND']);
    }
    // The connection itself stays: the person is still signed in, only not in this entry.
    expect((await run(ws, SECTION_SYNC, { s: team.sectionIds[1] })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await run(ws, ME_ID)).data?.me?.id).toBe(physio.user.id);
  });
});

describe('the safety net, for a revocation lost (Redis was away when it was published)', () => {
  it('a connection reads its session again after QUORUM_SESSION_RECHECK_SECONDS, and ends', async () => {
    const checking = await startTestServer({ QUORUM_SESSION_RECHECK_SECONDS: '1' });
    let ws: Client | undefined;
    try {
      const { client: nurse, userId } = await checking.signUp('Lost Revocation');
      ws = graphqlWsClient(checking.url, { cookie: nurse.cookie!, origin: checking.url }, { lazy: false });
      expect((await run(ws, ME_ID)).data?.me?.id).toBe(userId);
      // The session goes without a revocation being published, as if its message were lost.
      await checking.orm.em.fork().execute('delete from sessions where user_id = ?', [userId]);
      await sleep(1_100);
      expect((await run(ws, ME_ID)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await ws?.dispose(); // before its server stops, which would close it as "going away"
      await checking.stop();
    }
  });
});
