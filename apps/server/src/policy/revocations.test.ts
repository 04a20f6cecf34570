import type { Client } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { createUser } from '../test-support/factories.js';
import { startTestServer } from '../test-support/test-server.js';
import { useTestTeam } from '../test-support/test-team.js';
import { allEndedSoonAfter, errorCodes, graphqlWsClient, listen, run, subscribed } from '../test-support/ws-client.js';
import {
  CREATE_API_TOKEN,
  ENTRY_EVENTS,
  LIVE_SECTION_UPDATED,
  LOG_IN,
  LOG_OUT_EVERYWHERE,
  MARK_ALL_READ,
  ME_ID,
  ME_NAME,
  POLICY_MULTI_PROCESS_LOG_OUT,
  POLICY_REVOCATIONS_CREATE_ENTRY,
  POLICY_REVOCATIONS_SECTION_SYNC,
  REMOVE_MEMBER,
  REVOKE_TOKEN,
  SECTION_MARKDOWN,
  SUBSCRIPTION_LISTENERS_PRESENCE_UPDATED,
  TEMPLATE_IDS,
} from '../test-support/operations.js';

/**
 * Revocation is pushed, not polled: a log-out, a revoked token or a removal ends what was open
 * on that access within a second, with the re-check interval left at its default (a minute),
 * and whether or not events are flowing (nobody writes anything here after the revocation).
 */
const { server, team, webSocket } = useTestTeam();
const wsClient = (headers: Record<string, string>, connectionParams?: Record<string, unknown>) => webSocket(headers, { connectionParams, lazy: false });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('revocation pushed to open WebSockets', () => {
  it('after logOut, the same connection’s next query is refused at once and its subscriptions end within a second', async () => {
    const { client } = team.members.NURSE;
    const ws = wsClient({ cookie: client.cookie!, origin: server.url });
    const subscriptions = [
      listen(ws, LIVE_SECTION_UPDATED, { s: team.sectionIds[0] }),
      listen(ws, SUBSCRIPTION_LISTENERS_PRESENCE_UPDATED, { e: team.entryId }),
      listen(ws, ENTRY_EVENTS, { e: team.entryId }),
    ];
    await subscribed(ws);

    await client.ok(POLICY_MULTI_PROCESS_LOG_OUT);
    const loggedOutAt = Date.now();
    const refused = await run(ws, ME_NAME);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const mutation = await run(ws, MARK_ALL_READ);
    expect(mutation.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await allEndedSoonAfter(subscriptions, loggedOutAt, 'UNAUTHENTICATED', 5_000);
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
    const { createEntry } = await client.ok(POLICY_REVOCATIONS_CREATE_ENTRY, {
      t: (await client.ok(TEMPLATE_IDS)).templates[0].id,
    });
    const subscription = listen(ws, ENTRY_EVENTS, { e: createEntry.entry.id });
    await subscribed(ws);
    await expect.poll(() => subscription.completedAt, { timeout: 10_000, interval: 20 }).toBeTruthy();
    expect(errorCodes(subscription)).toEqual(['UNAUTHENTICATED']);
    expect((await run(ws, ME_ID)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('after revokeApiToken, the token’s connection is refused at once and its subscriptions end within a second', async () => {
    const medic = team.members.MEDIC;
    const { createApiToken } = await medic.client.ok(CREATE_API_TOKEN, { i: { name: 'live script', scope: 'READ_WRITE' } });
    const ws = wsClient({}, { authorization: `Bearer ${createApiToken.secret}` });
    const subscriptions = [
      listen(ws, LIVE_SECTION_UPDATED, { s: team.sectionIds[0] }),
      listen(ws, SUBSCRIPTION_LISTENERS_PRESENCE_UPDATED, { e: team.entryId }),
      listen(ws, ENTRY_EVENTS, { e: team.entryId }),
    ];
    await subscribed(ws);

    await medic.client.ok(REVOKE_TOKEN, { i: { tokenId: createApiToken.token.id } });
    const revokedAt = Date.now();
    const refused = await run(ws, SECTION_MARKDOWN, { s: team.sectionIds[0] });
    expect(refused.errors?.[0]).toMatchObject({ message: 'The API token is not valid, or has been revoked.', extensions: { code: 'UNAUTHENTICATED' } });
    const mutation = await run(ws, MARK_ALL_READ);
    expect(mutation.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await allEndedSoonAfter(subscriptions, revokedAt, 'UNAUTHENTICATED', 5_000);
  });

  it('a removed member’s idle subscriptions end with NOT_FOUND within a second', async () => {
    const physio = team.members.ALLIED_HEALTH;
    const ws = wsClient({ cookie: physio.client.cookie!, origin: server.url });
    const subscriptions = [listen(ws, LIVE_SECTION_UPDATED, { s: team.sectionIds[1] }), listen(ws, SUBSCRIPTION_LISTENERS_PRESENCE_UPDATED, { e: team.entryId })];
    await subscribed(ws);

    await team.members.LEAD.client.ok(REMOVE_MEMBER, { i: { membershipId: physio.membershipId } });
    const removedAt = Date.now();
    await allEndedSoonAfter(subscriptions, removedAt, 'NOT_FOUND', 5_000);
    // The connection itself stays: the person is still signed in, only not in this entry.
    expect((await run(ws, POLICY_REVOCATIONS_SECTION_SYNC, { s: team.sectionIds[1] })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
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
