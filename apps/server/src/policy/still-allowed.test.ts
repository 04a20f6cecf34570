import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VariablesArg } from '../test-support/api-client.js';
import { createTeam, type Team } from '../test-support/factories.js';
import { graphql } from '../test-support/gql/index.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { graphqlWsClient, subscribe } from '../test-support/ws-client.js';

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
  const client = graphqlWsClient(server.url, headers, { connectionParams });
  open.push(client);
  return client;
}

/** What a subscription received: its results, and whether it completed. */
function listen<TData, TVariables>(client: Client, document: TypedDocumentNode<TData, TVariables>, variables: VariablesArg<TVariables>[0]) {
  const seen = { results: [] as { data?: TData | null; errors?: readonly any[] }[], completed: false };
  subscribe(client, document, variables, { next: (r) => void seen.results.push(r), error: (e) => void seen.results.push({ errors: [e] }), complete: () => (seen.completed = true) });
  return seen;
}

const SECTION = graphql(`
  subscription PolicyStillAllowedSectionUpdated($s: ID!) {
    sectionUpdated(sectionId: $s) {
      version
    }
  }
`);
const PRESENCE = graphql(`
  subscription PolicyStillAllowedPresenceUpdated($e: ID!) {
    presenceUpdated(entryId: $e) {
      userName
    }
  }
`);
const EVENTS = graphql(`
  subscription PolicyStillAllowedEntryEvents($e: ID!) {
    entryEvents(entryId: $e) {
      kind
    }
  }
`);
const SECTION_VERSION = graphql(`
  query PolicyStillAllowedSectionVersion($id: ID!) {
    section(id: $id) {
      version
    }
  }
`);
const REPLACE_CONTENT = graphql(`
  mutation PolicyStillAllowedReplaceContent($i: ReplaceSectionContentInput!) {
    replaceSectionContent(input: $i) {
      section {
        id
      }
    }
  }
`);
const UPDATE_PRESENCE = graphql(`
  mutation PolicyStillAllowedUpdatePresence($i: UpdatePresenceInput!) {
    updatePresence(input: $i) {
      presence {
        userName
      }
    }
  }
`);
const ADD_COMMENT = graphql(`
  mutation PolicyStillAllowedAddComment($i: AddCommentInput!) {
    addComment(input: $i) {
      comment {
        id
      }
    }
  }
`);
const REMOVE_MEMBER = graphql(`
  mutation PolicyStillAllowedRemoveMember($i: RemoveMemberInput!) {
    removeMember(input: $i) {
      removedMembershipId
    }
  }
`);
const CREATE_TOKEN = graphql(`
  mutation PolicyStillAllowedCreateToken {
    createApiToken(input: { name: "live script", scope: READ }) {
      token {
        id
      }
      secret
    }
  }
`);
const LOG_OUT = graphql(`
  mutation PolicyStillAllowedLogOut {
    logOut(input: {}) {
      loggedOut
    }
  }
`);
const REVOKE_TOKEN = graphql(`
  mutation PolicyStillAllowedRevokeToken($i: RevokeApiTokenInput!) {
    revokeApiToken(input: $i) {
      token {
        id
      }
    }
  }
`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The lead writes the section (a sectionUpdated event), says where she is (presence) and comments (an entry event). */
async function leadActs(sectionId: string, markdown: string) {
  const lead = team.members.LEAD.client;
  const { section } = await lead.ok(SECTION_VERSION, { id: sectionId });
  await lead.ok(REPLACE_CONTENT, { i: { sectionId, markdown, baseVersion: section!.version } });
  await lead.ok(UPDATE_PRESENCE, { i: { entryId: team.entryId, clientId: `lead-${markdown.length}`, sectionId } });
  await lead.ok(ADD_COMMENT, { i: { sectionId, body: markdown } });
}

const codes = (seen: { results: { errors?: readonly any[] }[] }) => seen.results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code);

describe('subscriptions that outlive their subscriber’s access', () => {
  it('end with NOT_FOUND once the member is removed: nothing written afterwards reaches them', async () => {
    const physio = team.members.ALLIED_HEALTH;
    const ws = wsClient({ cookie: physio.client.cookie!, origin: server.url });
    const sectionId = team.sectionIds[0];
    const subscriptions = [listen(ws, SECTION, { s: sectionId }), listen(ws, PRESENCE, { e: team.entryId }), listen(ws, EVENTS, { e: team.entryId })] as const;
    await sleep(300);
    await leadActs(sectionId, 'Before the removal.');
    await expect.poll(() => subscriptions.every((s) => s.results.length > 0), { timeout: 10_000 }).toBe(true);

    await team.members.LEAD.client.ok(REMOVE_MEMBER, { i: { membershipId: physio.membershipId } });
    // Nothing to wait for: the removal is pushed to the subscriptions before it is answered.
    await leadActs(sectionId, 'Confidential: written after the removal.');

    await expect.poll(() => subscriptions.every((s) => s.completed), { timeout: 10_000 }).toBe(true);
    expect(JSON.stringify(subscriptions)).not.toContain('Confidential');
    expect(codes(subscriptions[0])).toEqual(['NOT_FOUND']);
    expect(codes(subscriptions[1])).toEqual(['NOT_FOUND']);
    // The entry's own events end with the removal itself, as before.
    expect(subscriptions[2].results.at(-1)?.data?.entryEvents.kind).toBe('MEMBER_REMOVED');
  }, 30_000);

  it('end with UNAUTHENTICATED once the session is logged out or the token revoked', async () => {
    const nurse = team.members.NURSE;
    const medic = team.members.MEDIC;
    const { createApiToken } = await medic.client.ok(CREATE_TOKEN);
    const byCookie = wsClient({ cookie: nurse.client.cookie!, origin: server.url });
    const byToken = wsClient({}, { authorization: `Bearer ${createApiToken.secret}` });
    const sectionId = team.sectionIds[1];
    const subscriptions = [listen(byCookie, SECTION, { s: sectionId }), listen(byToken, SECTION, { s: sectionId })];
    await sleep(300);
    await leadActs(sectionId, 'Before logging out.');
    await expect.poll(() => subscriptions.every((s) => s.results.length > 0), { timeout: 10_000 }).toBe(true);

    await nurse.client.ok(LOG_OUT);
    await medic.client.ok(REVOKE_TOKEN, { i: { tokenId: createApiToken.token.id } });
    // Nothing to wait for: the log-out and the revocation are pushed to the connections before they are answered.
    await leadActs(sectionId, 'Confidential: written after logging out.');

    await expect.poll(() => subscriptions.every((s) => s.completed), { timeout: 10_000 }).toBe(true);
    expect(JSON.stringify(subscriptions)).not.toContain('Confidential');
    for (const s of subscriptions) expect(codes(s)).toEqual(['UNAUTHENTICATED']);
  }, 30_000);
});
