import type { Role } from '@quorum/domain';
import { User } from '../auth/user.entity.js';
import { Comment } from '../comments/comment.entity.js';
import { Section } from '../sections/section.entity.js';
import type { ApiClient, GraphQLResponse } from './api-client.js';
import type { Team } from './factories.js';
import type { EntryEventsOfEntrySubscription, ReviewSignOffMutation, SignOffSectionInput } from './gql/graphql.js';
import { TEST_PASSWORD, type TestServer } from './test-server.js';
import { graphqlWsClient, subscribe } from './ws-client.js';
import { ENTRY_EVENTS_OF_ENTRY, HASHES, SIGN_OFF } from './operations.js';

/** A section's current contentHash and version, as a signer would read them. */
export async function sectionNow(client: ApiClient, team: Team, index: number): Promise<{ contentHash: string; version: number }> {
  return (await client.ok(HASHES, { id: team.entryId })).entry.sections[index];
}

/** Signs section `index` off as `role`, on its current content, with the right password unless told otherwise. */
export async function signOff(team: Team, role: Role, index: number, input: Partial<SignOffSectionInput> = {}): Promise<GraphQLResponse<ReviewSignOffMutation>> {
  const client = team.members[role].client;
  const { contentHash } = await sectionNow(client, team, index);
  return client.request(SIGN_OFF, { i: { sectionId: team.sectionIds[index], meaning: 'APPROVE', contentHash, password: TEST_PASSWORD, ...input } });
}

/** Who fills each slot of the built-in template's five sections. */
export const TEMPLATE_SIGNERS: [Role, number][] = [
  ['LEAD', 0],
  ['MEDIC', 0],
  ['ANALYST', 1],
  ['NURSE', 1],
  ['MANAGER', 2],
  ['MANAGER', 3],
  ['PATIENT_REP', 3],
  ['PATIENT_REP', 4],
  ['ALLIED_HEALTH', 4],
];

/** Approves every slot of every section. */
export async function approveEverything(team: Team): Promise<void> {
  for (const [role, index] of TEMPLATE_SIGNERS) {
    const result = await signOff(team, role, index);
    if (result.errors) throw new Error(`${role} on section ${index}: ${JSON.stringify(result.errors)}`);
  }
}

/** A comment thread written straight to the database, e.g. as a target for operations on one's own comment. */
export async function commentRow(server: TestServer, sectionId: string, authorId: string, fields: Partial<Comment> = {}): Promise<string> {
  const em = server.orm.em.fork();
  const comment = em.create(Comment, { section: em.getReference(Section, sectionId), author: em.getReference(User, authorId), body: 'A comment.', ...fields });
  await em.flush();
  return comment.id;
}

export interface EventListener {
  events: EntryEventsOfEntrySubscription['entryEvents'][];
  errors: unknown[];
  /** Resolves once the subscription is (very likely) open on the server. */
  ready: Promise<void>;
  completed(): boolean;
  close(): Promise<void>;
}

/** Listens to `entryEvents(entryId)` over a real WebSocket, as `client`'s browser would. */
export function listenToEntry(server: TestServer, client: ApiClient, entryId: string): EventListener {
  const socket = graphqlWsClient(server.url, { cookie: client.cookie!, origin: server.url });
  const listener: EventListener = {
    events: [],
    errors: [],
    ready: new Promise((resolve) => socket.on('connected', () => setTimeout(resolve, 200))),
    completed: () => done,
    close: () => socket.dispose() as Promise<void>,
  };
  let done = false;
  subscribe(
    socket,
    ENTRY_EVENTS_OF_ENTRY,
    { e: entryId },
    {
      next: ({ data, errors }) => (data ? listener.events.push(data.entryEvents) : listener.errors.push(...(errors ?? []))),
      error: (error) => listener.errors.push(...(Array.isArray(error) ? error : [error])),
      complete: () => void (done = true),
    },
  );
  return listener;
}
