import { ROLES, roleCan, WRITE_ACTIONS, type EntryAction, type Role } from '@quorum/domain';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quorumSchema } from '../schema.js';
import { ApiClient, codeOf, type GraphQLResponse } from '../test-support/api-client.js';
import { addMember, createTeam, type Team } from '../test-support/factories.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { Access, type AccessLevel } from './access.js';

/**
 * The permission matrix, generated: every operation x every caller (anonymous, each role,
 * a non-member, a read-only and a read-write token), with the expected outcome computed from
 * the policy table (@quorum/domain) and each operation's declared access level, never written
 * out by hand.
 */
const PUBLIC_OPERATIONS = ['me', 'signUp', 'logIn', 'invitation'];
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

type Caller = 'anonymous' | Role | 'outsider' | 'READ token' | 'READ_WRITE token';
const CALLERS: Caller[] = ['anonymous', ...ROLES, 'outsider', 'READ token', 'READ_WRITE token'];

interface Operation {
  /** Root field, or Type.field for a field with its own check. */
  name: string;
  /** The entry-level action the policy checks, if any. */
  action?: EntryAction;
  /** The result when the caller may do it: most succeed; some are run on unknown ids. */
  allowed?: 'OK' | 'NOT_FOUND';
  run(client: ApiClient, team: Team): Promise<GraphQLResponse>;
}

let n = 0;
const OPERATIONS: Operation[] = [
  { name: 'templates', run: (c) => c.request('{ templates { id } }') },
  { name: 'entries', run: (c) => c.request('{ entries { totalCount } }') },
  { name: 'createEntry', run: async (c) => c.request('mutation($t: ID!) { createEntry(input: { templateId: $t, title: "M" }) { entry { id } } }', { t: templateId }) },
  { name: 'createApiToken', run: (c) => c.request('mutation { createApiToken(input: { name: "x", scope: READ }) { secret } }') },
  { name: 'revokeApiToken', allowed: 'NOT_FOUND', run: (c) => c.request(`mutation { revokeApiToken(input: { tokenId: "${UNKNOWN_ID}" }) { token { id } } }`) },
  { name: 'acceptInvitation', allowed: 'NOT_FOUND', run: (c) => c.request('mutation { acceptInvitation(input: { token: "unknown" }) { entry { id } } }') },
  { name: 'entry', action: 'entry.read', run: (c, t) => c.request('query($id: ID!) { entry(id: $id) { id } }', { id: t.entryId }) },
  { name: 'Entry.pendingInvitations', action: 'team.manage', run: (c, t) => c.request('query($id: ID!) { entry(id: $id) { pendingInvitations { id } } }', { id: t.entryId }) },
  {
    name: 'inviteMember',
    action: 'team.manage',
    run: (c, t) => c.request('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { token } }', { i: { entryId: t.entryId, email: `m${++n}@example.nhs.uk`, role: 'NURSE' } }),
  },
  {
    name: 'changeMemberRole',
    action: 'team.manage',
    run: async (c, t) => {
      const target = await addMember(server, t.entryId, 'OBSERVER');
      return c.request('mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { membership { role } } }', { i: { membershipId: target.membershipId, role: 'ANALYST' } });
    },
  },
  {
    name: 'removeMember',
    action: 'team.manage',
    run: async (c, t) => {
      const target = await addMember(server, t.entryId, 'OBSERVER');
      return c.request('mutation($i: RemoveMemberInput!) { removeMember(input: $i) { removedMembershipId } }', { i: { membershipId: target.membershipId } });
    },
  },
  {
    name: 'setSectionWordLimit',
    action: 'entry.configure',
    run: (c, t) => c.request('mutation($i: SetSectionWordLimitInput!) { setSectionWordLimit(input: $i) { section { id } } }', { i: { sectionId: t.sectionIds[0], wordLimit: 600 } }),
  },
];

function accessLevelOf(name: string): AccessLevel | undefined {
  const [type, field] = name.includes('.') ? name.split('.') : [undefined, name];
  if (type) return undefined; // field-level checks are entry-level only
  return getMetadataStorage().authorizedFields.find((f) => f.fieldName === field)?.roles[0] as AccessLevel | undefined;
}

/** What the policy says should happen: the single source of the expectations below. */
function expected(op: Operation, caller: Caller): string {
  const level = accessLevelOf(op.name);
  const allowed = op.allowed ?? 'OK';
  if (caller === 'anonymous') return 'UNAUTHENTICATED';
  if (caller.endsWith('token') && level === Access.SESSION) return 'FORBIDDEN';
  const readOnly = caller === 'READ token';
  if (readOnly && level === Access.USER_WRITE) return 'FORBIDDEN';
  if (!op.action) return allowed;
  if (caller === 'outsider') return 'NOT_FOUND';
  const role: Role = caller.endsWith('token') ? 'LEAD' : (caller as Role);
  if (!roleCan(role, op.action)) return 'FORBIDDEN';
  if (readOnly && WRITE_ACTIONS.has(op.action)) return 'FORBIDDEN';
  return allowed;
}

let server: TestServer;
let team: Team;
let templateId: string;
const clients = new Map<Caller, ApiClient>();

beforeAll(async () => {
  server = await startTestServer();
  team = await createTeam(server);
  const lead = team.members.LEAD.client;
  templateId = (await lead.ok('{ templates { id } }')).templates[0].id;
  const token = async (scope: string) =>
    (await lead.ok(`mutation { createApiToken(input: { name: "${scope}", scope: ${scope} }) { secret } }`)).createApiToken.secret as string;
  clients.set('anonymous', server.client());
  for (const role of ROLES) clients.set(role, team.members[role].client);
  clients.set('outsider', team.outsider.client);
  clients.set('READ token', lead.withToken(await token('READ')));
  clients.set('READ_WRITE token', lead.withToken(await token('READ_WRITE')));
});
afterAll(() => server?.stop());

describe('every operation is guarded', () => {
  it('each query and mutation is public by design or declares an access level', async () => {
    const schema = await quorumSchema();
    const roots = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    const unguarded = roots.filter((name) => !PUBLIC_OPERATIONS.includes(name) && !accessLevelOf(name));
    expect(unguarded).toEqual([]);
  });

  it('the matrix below covers every guarded operation', async () => {
    const schema = await quorumSchema();
    const roots = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    const covered = new Set([...OPERATIONS.map((o) => o.name), 'logOut']); // logOut ends the caller's session: tested in auth
    expect(roots.filter((name) => !PUBLIC_OPERATIONS.includes(name) && !covered.has(name))).toEqual([]);
  });

  it('the expectations drawn from the policy are not all alike', () => {
    const outcomes = OPERATIONS.flatMap((op) => CALLERS.map((caller) => expected(op, caller)));
    for (const code of ['OK', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']) expect(outcomes).toContain(code);
    expect(expected(OPERATIONS.find((o) => o.name === 'inviteMember')!, 'PATIENT_REP')).toBe('FORBIDDEN');
    expect(expected(OPERATIONS.find((o) => o.name === 'entry')!, 'OBSERVER')).toBe('OK');
  });
});

describe.each(OPERATIONS)('$name', (op) => {
  it.each(CALLERS)('as %s', async (caller) => {
    const result = await op.run(clients.get(caller)!, team);
    expect(codeOf(result)).toBe(expected(op, caller));
  });
});
