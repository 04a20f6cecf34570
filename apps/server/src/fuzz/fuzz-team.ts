/**
 * The people and real values the schema fuzz sends its requests with, set up over HTTP on a
 * server whose database holds the demo team and entry (`QUORUM_SEED_DEMO`): one signed-in
 * person per role, an outsider, a READ and a READ_WRITE token, anonymous, and pools of the
 * entry's real ids and values, so that mutations get past NOT_FOUND into the deep code.
 */
import { DEMO_PASSWORD, DEMO_TEAM } from '../demo/seed-demo.js';
import { collectInto, emptyPools, selectionOf, type Persona, type Pools } from './schema-fuzz.js';
import { getNamedType, isLeafType, isNonNullType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';

export interface FuzzTeam {
  personas: Map<string, Persona>;
  /** Personas that requests are sent as. */
  senders: string[];
  /** Operations sent as others: logOut as `logs-out` (whose sessions it may end) or anonymous. */
  sendersFor: Record<string, string[]>;
  pools: Pools;
  entryId: string;
  /** Headers of the demo lead, for the checks after the fuzz. */
  lead: Persona;
}

const PASSWORD = 'fuzzing is a kind of testing';

/** Scalar fields whose real values make requests get further (a sign-off needs the current contentHash). */
const POOLED = ['id', 'contentHash', 'version', 'key', 'period', 'code', 'baselinePeriod', 'followUpPeriod', 'quote', 'endCursor', 'clientId'];

/** Sends one set-up request; it must succeed, unless `partial` (then fields refused to this person are left out). */
async function graphql(url: string, headers: Record<string, string>, query: string, variables?: unknown, partial = false): Promise<{ data: any; cookie?: string }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  // A partial answer leaves out what is refused to this person; an internal error is a failure even so (it hid one).
  const internal = body.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
  if (body.errors?.length && (internal || !(partial && body.data))) throw new Error(`Fuzz set-up: ${query.slice(0, 60)}… failed: ${JSON.stringify(body.errors)}`);
  return { data: body.data, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

async function logIn(url: string, email: string, password: string): Promise<Persona['headers']> {
  const { cookie } = await graphql(url, {}, 'mutation($i: LogInInput!) { logIn(input: $i) { user { id } } }', { i: { email, password } });
  return { cookie: cookie! };
}

async function signUp(url: string, name: string): Promise<{ headers: Persona['headers']; email: string }> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@example.nhs.uk`;
  const { cookie } = await graphql(url, {}, 'mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }', { i: { email, name, password: PASSWORD } });
  return { headers: { cookie: cookie! }, email };
}

export async function setUpFuzzTeam(url: string, schema: GraphQLSchema): Promise<FuzzTeam> {
  const personas = new Map<string, Persona>();
  for (const member of DEMO_TEAM) {
    const name = member.role.toLowerCase();
    personas.set(name, { name, headers: await logIn(url, member.email, DEMO_PASSWORD) });
  }
  const lead = personas.get('lead')!;
  const { data } = await graphql(url, lead.headers, '{ entries(first: 1) { nodes { id members { id } } } }');
  const entryId: string = data.entries.nodes[0].id;
  const ownMemberships = new Set<string>(data.entries.nodes[0].members.map((m: { id: string }) => m.id));

  personas.set('outsider', { name: 'outsider', headers: (await signUp(url, 'Fuzz Outsider')).headers });
  personas.set('logs-out', { name: 'logs-out', headers: (await signUp(url, 'Fuzz Logs Out')).headers });
  personas.set('anonymous', { name: 'anonymous', headers: {} });
  const token = async (persona: string, scope: string) => {
    const created = await graphql(url, personas.get(persona)!.headers, 'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id } } }', {
      i: { name: `fuzz ${scope}`, scope },
    });
    return created.data.createApiToken as { secret: string; token: { id: string } };
  };
  const read = await token('lead', 'READ');
  const write = await token('nurse', 'READ_WRITE');
  personas.set('read-token', { name: 'read-token', headers: { authorization: `Bearer ${read.secret}` } });
  personas.set('write-token', { name: 'write-token', headers: { authorization: `Bearer ${write.secret}` } });

  // Members the fuzz may remove or change the role of, without losing the people it sends as.
  for (const role of ['NURSE', 'OBSERVER']) {
    const invitee = await signUp(url, `Fuzz Invitee ${role}`);
    const invited = await graphql(url, lead.headers, 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { token } }', { i: { entryId, email: invitee.email, role } });
    await graphql(url, invitee.headers, 'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { __typename } }', { i: { token: invited.data.inviteMember.token } });
  }
  // A pending invitation, so that its token is a real one.
  await graphql(url, lead.headers, 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { token } }', { i: { entryId, email: `pending.${Date.now()}@example.nhs.uk`, role: 'MEDIC' } });

  // Every id and value of the entry as the lead sees it, and of each person's own account.
  const pools = emptyPools();
  const entryType = schema.getType('Entry')!;
  const userType = schema.getType('User')!;
  // One query per field of the entry, each as deep as the query cost limit allows.
  for (const field of Object.values((entryType as GraphQLObjectType).getFields())) {
    if (isLeafType(getNamedType(field.type)) || field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    for (const depth of [3, 2, 1, 0]) {
      const selection = selectionOf(field.type, depth, (name) => POOLED.includes(name), ['apiTokens', 'notifications']);
      const answer = await graphql(url, lead.headers, `query($id: ID!) { entry(id: $id) { __typename id ${field.name} ${selection} } }`, { id: entryId }, true).catch((error: Error) => {
        if (error.message.includes('INTERNAL_SERVER_ERROR')) throw error; // a shallower try is for a refused depth, not a failure
        return undefined;
      });
      if (!answer) continue;
      collectInto(pools, answer.data);
      break;
    }
  }
  for (const persona of personas.values()) {
    if (persona.name === 'anonymous') continue;
    collectInto(pools, (await graphql(url, persona.headers, `{ me ${selectionOf(userType as never, 1)} }`, undefined, true)).data);
  }
  collectInto(pools, (await graphql(url, lead.headers, '{ templates { __typename id key version } ethnicCategories { code } }')).data);
  // The people the fuzz sends as keep their memberships and tokens: removing them would only
  // make the rest of the run a run of NOT_FOUND and UNAUTHENTICATED.
  const keep = new Set([...ownMemberships, read.token.id, write.token.id]);
  for (const [type, ids] of pools.ids)
    pools.ids.set(
      type,
      ids.filter((id) => !keep.has(id)),
    );
  for (const [field, values] of [['password', [DEMO_PASSWORD, PASSWORD]]] as const) pools.values.set(field, [...values]);

  const senders = [...personas.keys()].filter((name) => name !== 'logs-out');
  return { personas, senders, sendersFor: { logOut: ['logs-out', 'anonymous'] }, pools, entryId, lead };
}
