import { describe, expect, it } from 'vitest';
import { useTestTeam } from '../test-support/test-team.js';
import { allEnded, errorCodes, listen } from '../test-support/ws-client.js';
import {
  ADD,
  CREATE_API_TOKEN,
  ENTRY_EVENTS,
  LIVE_SECTION_UPDATED,
  POLICY_MULTI_PROCESS_LOG_OUT,
  REMOVE_MEMBER,
  REPLACE,
  REVOKE_TOKEN,
  SECTION_VERSION,
  SUBSCRIPTION_LISTENERS_PRESENCE_UPDATED,
  UPDATE_PRESENCE,
} from '../test-support/operations.js';

const { server, team, webSocket } = useTestTeam();
const wsClient = (headers: Record<string, string>, connectionParams?: Record<string, unknown>) => webSocket(headers, { connectionParams });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The lead writes the section (a sectionUpdated event), says where she is (presence) and comments (an entry event). */
async function leadActs(sectionId: string, markdown: string) {
  const lead = team.members.LEAD.client;
  const { section } = await lead.ok(SECTION_VERSION, { id: sectionId });
  await lead.ok(REPLACE, { i: { sectionId, markdown, baseVersion: section!.version } });
  await lead.ok(UPDATE_PRESENCE, { i: { entryId: team.entryId, clientId: `lead-${markdown.length}`, sectionId } });
  await lead.ok(ADD, { i: { sectionId, body: markdown } });
}

describe('subscriptions that outlive their subscriber’s access', () => {
  it('end with NOT_FOUND once the member is removed: nothing written afterwards reaches them', async () => {
    const physio = team.members.ALLIED_HEALTH;
    const ws = wsClient({ cookie: physio.client.cookie!, origin: server.url });
    const sectionId = team.sectionIds[0];
    const subscriptions = [
      listen(ws, LIVE_SECTION_UPDATED, { s: sectionId }),
      listen(ws, SUBSCRIPTION_LISTENERS_PRESENCE_UPDATED, { e: team.entryId }),
      listen(ws, ENTRY_EVENTS, { e: team.entryId }),
    ] as const;
    await sleep(300);
    await leadActs(sectionId, 'Before the removal.');
    await expect.poll(() => subscriptions.every((s) => s.results.length > 0), { timeout: 10_000 }).toBe(true);

    await team.members.LEAD.client.ok(REMOVE_MEMBER, { i: { membershipId: physio.membershipId } });
    // Nothing to wait for: the removal is pushed to the subscriptions before it is answered.
    await leadActs(sectionId, 'Confidential: written after the removal.');

    await allEnded(subscriptions);
    expect(JSON.stringify(subscriptions)).not.toContain('Confidential');
    expect(errorCodes(subscriptions[0])).toEqual(['NOT_FOUND']);
    expect(errorCodes(subscriptions[1])).toEqual(['NOT_FOUND']);
    // The entry's own events end with the removal itself, as before.
    expect(subscriptions[2].results.at(-1)?.data?.entryEvents.kind).toBe('MEMBER_REMOVED');
  }, 30_000);

  it('end with UNAUTHENTICATED once the session is logged out or the token revoked', async () => {
    const nurse = team.members.NURSE;
    const medic = team.members.MEDIC;
    const { createApiToken } = await medic.client.ok(CREATE_API_TOKEN, { i: { name: 'live script', scope: 'READ' } });
    const byCookie = wsClient({ cookie: nurse.client.cookie!, origin: server.url });
    const byToken = wsClient({}, { authorization: `Bearer ${createApiToken.secret}` });
    const sectionId = team.sectionIds[1];
    const subscriptions = [listen(byCookie, LIVE_SECTION_UPDATED, { s: sectionId }), listen(byToken, LIVE_SECTION_UPDATED, { s: sectionId })];
    await sleep(300);
    await leadActs(sectionId, 'Before logging out.');
    await expect.poll(() => subscriptions.every((s) => s.results.length > 0), { timeout: 10_000 }).toBe(true);

    await nurse.client.ok(POLICY_MULTI_PROCESS_LOG_OUT);
    await medic.client.ok(REVOKE_TOKEN, { i: { tokenId: createApiToken.token.id } });
    // Nothing to wait for: the log-out and the revocation are pushed to the connections before they are answered.
    await leadActs(sectionId, 'Confidential: written after logging out.');

    await allEnded(subscriptions);
    expect(JSON.stringify(subscriptions)).not.toContain('Confidential');
    for (const s of subscriptions) expect(errorCodes(s)).toEqual(['UNAUTHENTICATED']);
  }, 30_000);
});
