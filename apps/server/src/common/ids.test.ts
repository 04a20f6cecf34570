import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import type { ApiClient, VariablesArg } from '../test-support/api-client.js';
import { graphql } from '../test-support/gql/index.js';
import { useTestTeam } from '../test-support/test-team.js';
import { iterate } from '../test-support/ws-client.js';
import { ADD_COMMENT_WITH_MENTION, ENTRY_WITH_IDS } from '../test-support/operations.js';

// Every id the API takes is a UUID; anything else reaching a uuid column was a database error,
// i.e. an INTERNAL_SERVER_ERROR (the schema fuzz found `section(id: "")`). Each is refused at
// the boundary as BAD_USER_INPUT naming the argument or input field.
const MALFORMED = ['', 'wrong', '1e400', 'audit:6f1c2f3e-2b1a-4c5d-9e8f-0a1b2c3d4e5f', '6f1c2f3e-2b1a-4c5d-9e8f-0a1b2c3d4e5'];

const { team, webSocket } = useTestTeam();

const CASES = [
  { name: 'section(id) as a variable', query: 'query($id: ID!) { section(id: $id) { id } }', variables: (bad: string) => ({ id: bad }), field: 'id' },
  { name: 'exportEntry(entryId)', query: 'query($id: ID!) { exportEntry(entryId: $id, format: MARKDOWN) { filename } }', variables: (bad: string) => ({ id: bad }), field: 'entryId' },
  {
    name: 'a list of ids in an input',
    query: 'mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }',
    variables: (bad: string) => ({ input: { sectionId: team.sectionIds[0], body: 'ok', mentionedUserIds: [team.members.LEAD.user.id, bad] } }),
    field: 'input.mentionedUserIds[1]',
  },
];

describe('an id that is not a UUID', () => {
  for (const c of CASES) {
    it(`is BAD_USER_INPUT on ${c.field}, not an internal error: ${c.name}`, async () => {
      for (const bad of MALFORMED) {
        const result = await team.members.LEAD.client.request(c.query, c.variables(bad));
        expect(
          result.errors?.map((e) => [e.extensions?.code, e.extensions?.field]),
          JSON.stringify(bad),
        ).toEqual([['BAD_USER_INPUT', c.field]]);
      }
    });
  }

  it('is refused written into the query too', async () => {
    const result = await team.members.LEAD.client.request('{ section(id: "wrong") { id } }');
    expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'id']]);
  });

  it('in capitals is still a UUID', async () => {
    const data = await team.members.LEAD.client.ok(
      graphql(`
        query IdsSectionInCapitals($id: ID!) {
          section(id: $id) {
            id
          }
        }
      `),
      { id: team.sectionIds[0].toUpperCase() },
    );
    expect(data.section?.id).toBe(team.sectionIds[0]);
  });
});

// The boundary hands resolvers every id in lower case, the form the database gives back: an id
// in capitals is the same id everywhere past it (loaders' keys, membership and mention checks,
// ids compared in code), over either transport.
type Result<TData> = { data?: TData | null; errors?: readonly unknown[] };
type Transport = <TData, TVariables>(client: ApiClient, document: TypedDocumentNode<TData, TVariables>, ...variables: VariablesArg<TVariables>) => Promise<Result<TData>>;
const TRANSPORTS: [string, Transport][] = [
  ['HTTP', (client, document, ...variables) => client.request(document, ...variables)],
  [
    'WebSocket',
    async <TData, TVariables>(client: ApiClient, document: TypedDocumentNode<TData, TVariables>, ...variables: VariablesArg<TVariables>) => {
      const socket = webSocket({ cookie: client.cookie! });
      return (await iterate(socket, document, ...variables).next()).value as Result<TData>;
    },
  ],
];
describe('an id in capitals', () => {
  for (const [transport, send] of TRANSPORTS) {
    it(`is the same id to a query as in lower case, over ${transport}`, async () => {
      const lower = await send(team.members.LEAD.client, ENTRY_WITH_IDS, { id: team.entryId });
      const upper = await send(team.members.LEAD.client, ENTRY_WITH_IDS, { id: team.entryId.toUpperCase() });
      expect(lower.errors).toBeUndefined();
      expect(upper).toEqual(lower);
    });

    it(`is the same id to a mutation as in lower case, over ${transport}`, async () => {
      const input = (id: (s: string) => string) => ({ sectionId: id(team.sectionIds[1]), body: `Hello ${transport}`, mentionedUserIds: [id(team.members.NURSE.user.id)] });
      const lower = await send(team.members.LEAD.client, ADD_COMMENT_WITH_MENTION, { input: input((id) => id) });
      const upper = await send(team.members.LEAD.client, ADD_COMMENT_WITH_MENTION, { input: input((id) => id.toUpperCase()) });
      expect(lower.errors).toBeUndefined();
      expect(upper).toEqual(lower);
    });
  }
});
