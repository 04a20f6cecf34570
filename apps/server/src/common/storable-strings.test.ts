import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../test-support/api-client.js';
import type { Team } from '../test-support/factories.js';
import { graphql } from '../test-support/gql/index.js';
import { TEST_PASSWORD } from '../test-support/test-server.js';
import { useTestTeam } from '../test-support/test-team.js';

// Strings PostgreSQL cannot store as given: NUL, and UTF-16 surrogates not in a pair (a JSON
// "\ud800" arrives as one; stored, it would become U+FFFD, unlike what was checked and hashed).
const BAD = { NUL: 'a\u0000b', 'a lone leading surrogate': 'nb \ud800', 'a lone trailing surrogate': '\udc00 x' };

const { server, team, webSocket } = useTestTeam();
let templateId: string;

beforeAll(async () => {
  templateId = (
    await team.members.LEAD.client.ok(
      graphql(`
        query StorableStringsTemplates {
          templates {
            id
          }
        }
      `),
    )
  ).templates[0].id;
});

/** How many rows each table holds: a refused request must leave them all as they were. */
async function rowCounts(): Promise<Record<string, number>> {
  const em = server.orm.em.fork();
  const counts: Record<string, number> = {};
  for (const meta of Object.values(server.orm.getMetadata().getAll())) {
    if (meta.abstract || meta.virtual || !meta.tableName) continue;
    const [{ n }] = await em.execute(`select count(*)::int as n from "${meta.tableName}"`);
    counts[meta.tableName] = n;
  }
  return counts;
}

type Result = { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
type Transport = (client: ApiClient, query: string, variables?: Record<string, unknown>) => Promise<Result>;

const overHttp: Transport = (client, query, variables) => client.request(query, variables);
const overWebSocket: Transport = async (client, query, variables) => {
  const socket = webSocket(client.cookie ? { cookie: client.cookie } : {});
  try {
    return (await socket.iterate({ query, variables }).next()).value as Result;
  } catch (errors) {
    return { errors: errors as Result['errors'] };
  }
};

interface Case {
  name: string;
  /** Who sends it: a role of the team, someone signed in but not a member, or nobody signed in. */
  as: keyof Team['members'] | 'outsider' | 'nobody';
  query: string;
  variables: (bad: string) => Record<string, unknown>;
  field: string;
}

const S = () => team.sectionIds[0];
const E = () => team.entryId;
const CASES: Case[] = [
  {
    name: 'signUp name',
    as: 'nobody',
    query: 'mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }',
    variables: (bad) => ({ input: { email: `n${randomUUID()}@example.nhs.uk`, name: bad, password: TEST_PASSWORD } }),
    field: 'input.name',
  },
  {
    name: 'signUp email',
    as: 'nobody',
    query: 'mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }',
    variables: (bad) => ({ input: { email: `${bad}@example.nhs.uk`, name: 'N', password: TEST_PASSWORD } }),
    field: 'input.email',
  },
  {
    name: 'signUp password',
    as: 'nobody',
    query: 'mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }',
    variables: (bad) => ({ input: { email: `p${randomUUID()}@example.nhs.uk`, name: 'N', password: `${TEST_PASSWORD}${bad}` } }),
    field: 'input.password',
  },
  {
    name: 'logIn email',
    as: 'nobody',
    query: 'mutation($input: LogInInput!) { logIn(input: $input) { user { id } } }',
    variables: (bad) => ({ input: { email: bad, password: TEST_PASSWORD } }),
    field: 'input.email',
  },
  {
    name: 'createApiToken name (variable named otherwise)',
    as: 'OBSERVER',
    query: 'mutation($t: CreateApiTokenInput!) { createApiToken(input: $t) { secret } }',
    variables: (bad) => ({ t: { name: bad, scope: 'READ' } }),
    field: 'input.name',
  },
  {
    name: 'createEntry title',
    as: 'LEAD',
    query: 'mutation($input: CreateEntryInput!) { createEntry(input: $input) { entry { id } } }',
    variables: (bad) => ({ input: { templateId, title: bad } }),
    field: 'input.title',
  },
  {
    name: 'createEntry templateId (an ID)',
    as: 'LEAD',
    query: 'mutation($input: CreateEntryInput!) { createEntry(input: $input) { entry { id } } }',
    variables: (bad) => ({ input: { templateId: bad, title: 'T' } }),
    field: 'input.templateId',
  },
  {
    name: 'addComment body',
    as: 'NURSE',
    query: 'mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }',
    variables: (bad) => ({ input: { sectionId: S(), body: bad } }),
    field: 'input.body',
  },
  {
    name: 'addComment anchor quote (nested input)',
    as: 'NURSE',
    query: 'mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }',
    variables: (bad) => ({ input: { sectionId: S(), body: 'ok', anchor: { quote: bad } } }),
    field: 'input.anchor.quote',
  },
  {
    name: 'addComment mentionedUserIds (a list of IDs)',
    as: 'NURSE',
    query: 'mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }',
    variables: (bad) => ({ input: { sectionId: S(), body: 'ok', mentionedUserIds: [team.members.LEAD.user.id, bad] } }),
    field: 'input.mentionedUserIds[1]',
  },
  {
    name: 'signOffSection note',
    as: 'LEAD',
    query: 'mutation($input: SignOffSectionInput!) { signOffSection(input: $input) { signOff { id } } }',
    variables: (bad) => ({ input: { sectionId: S(), contentHash: 'x', meaning: 'APPROVE', note: bad, password: TEST_PASSWORD } }),
    field: 'input.note',
  },
  {
    name: 'addTestimonial quote',
    as: 'LEAD',
    query: 'mutation($input: AddTestimonialInput!) { addTestimonial(input: $input) { testimonial { id } } }',
    variables: (bad) => ({ input: { entryId: E(), quote: bad, source: 'PATIENT' } }),
    field: 'input.quote',
  },
  {
    name: 'createMetric definition',
    as: 'LEAD',
    query: 'mutation($input: CreateMetricInput!) { createMetric(input: $input) { metric { id } } }',
    variables: (bad) => ({ input: { entryId: E(), name: 'M', definition: bad, direction: 'HIGHER_IS_BETTER', kind: 'PROPORTION' } }),
    field: 'input.definition',
  },
  {
    name: 'setMetricValues values[1].ethnicCode (a list of inputs)',
    as: 'LEAD',
    query: 'mutation($input: SetMetricValuesInput!) { setMetricValues(input: $input) { metric { id } } }',
    variables: (bad) => ({
      input: {
        metricId: randomUUID(),
        values: [
          { ethnicCode: 'A', period: '2023' },
          { ethnicCode: bad, period: '2023' },
        ],
      },
    }),
    field: 'input.values[1].ethnicCode',
  },
  {
    name: 'setSignOffSlots slots[0].label',
    as: 'LEAD',
    query: 'mutation($input: SetSignOffSlotsInput!) { setSignOffSlots(input: $input) { section { id } } }',
    variables: (bad) => ({ input: { sectionId: S(), slots: [{ key: 'lead', label: bad, roles: ['LEAD'] }] } }),
    field: 'input.slots[0].label',
  },
  {
    name: 'inviteMember email',
    as: 'LEAD',
    query: 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }',
    variables: (bad) => ({ input: { entryId: E(), email: bad, role: 'NURSE' } }),
    field: 'input.email',
  },
  {
    name: 'acceptInvitation token',
    as: 'outsider',
    query: 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { entry { id } } }',
    variables: (bad) => ({ input: { token: bad } }),
    field: 'input.token',
  },
  {
    name: 'updatePresence clientId',
    as: 'NURSE',
    query: 'mutation($input: UpdatePresenceInput!) { updatePresence(input: $input) { presence { clientId } } }',
    variables: (bad) => ({ input: { entryId: E(), clientId: bad } }),
    field: 'input.clientId',
  },
  {
    name: 'importMetricValues csv',
    as: 'LEAD',
    query: 'mutation($input: ImportMetricValuesInput!) { importMetricValues(input: $input) { metric { id } } }',
    variables: (bad) => ({ input: { metricId: randomUUID(), csv: `period,ethnicCode,n\n2023,${bad},1` } }),
    field: 'input.csv',
  },
  { name: 'the entry query’s id argument', as: 'LEAD', query: 'query($id: ID!) { entry(id: $id) { id } }', variables: (bad) => ({ id: bad }), field: 'id' },
];

function clientOf(as: Case['as']): ApiClient {
  if (as === 'nobody') return server.client();
  if (as === 'outsider') return team.outsider.client;
  return team.members[as].client;
}

describe('strings PostgreSQL cannot store as given are refused at the boundary', () => {
  for (const [transportName, send] of [
    ['HTTP', overHttp],
    ['WebSocket', overWebSocket],
  ] as const) {
    for (const [badName, bad] of Object.entries(BAD)) {
      it.each(CASES)(`${transportName}, ${badName}: $name`, async ({ as, query, variables, field }) => {
        const before = await rowCounts();
        const result = await send(clientOf(as), query, variables(bad));
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        // An ID is also refused when it is not a UUID (common/ids.ts, which runs first): either way, the field at fault.
        expect(result.errors![0].message).toMatch(/cannot be stored|is not a valid id/);
        expect(await rowCounts()).toEqual(before);
      });
    }
  }

  it('refuses a NUL given as a literal in the query, over both transports', async () => {
    const query = 'mutation { createApiToken(input: { name: "nb \\u0000", scope: READ }) { secret } }';
    for (const send of [overHttp, overWebSocket]) {
      const before = await rowCounts();
      const result = await send(team.members.OBSERVER.client, query);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
      expect(await rowCounts()).toEqual(before);
    }
  });

  it('a lone surrogate cannot even be written as a literal: the query does not parse', async () => {
    const result = await overHttp(team.members.OBSERVER.client, 'mutation { createApiToken(input: { name: "nb \\ud800", scope: READ }) { secret } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a subscription whose argument cannot be stored', async () => {
    const result = await overWebSocket(team.members.NURSE.client, 'subscription($id: ID!) { sectionUpdated(sectionId: $id) { clientId } }', { id: `${S()}\u0000` });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sectionId' });
  });

  it('accepts text that only looks odd: paired surrogates (emoji) and other control characters are stored as given', async () => {
    const name = 'token 😀 \u0001 \ufffe';
    await team.members.OBSERVER.client.ok(
      graphql(`
        mutation StorableStringsOddTokenName($input: CreateApiTokenInput!) {
          createApiToken(input: $input) {
            secret
          }
        }
      `),
      { input: { name, scope: 'READ' } },
    );
    const [row] = await server.orm.em.fork().execute('select name from api_tokens where name like ?', ['token %']);
    expect(row.name).toBe(name);
  });
});
