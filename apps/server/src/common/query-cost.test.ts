import { getIntrospectionQuery, getNamedType, isEnumType, isInputObjectType, parse, typeFromAST, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type TypeNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { quorumSchema } from '../schema.js';
import { codeOf, type GraphQLResponse } from '../test-support/api-client.js';
import { createUser } from '../test-support/factories.js';
import { useTestServer } from '../test-support/test-team.js';
import { MAX_QUERY_COST, queryCost } from './query-cost.js';

const { server, webSocket } = useTestServer();
let schema: GraphQLSchema;
let cookie: string;
beforeAll(async () => {
  schema = await quorumSchema();
  cookie = (await createUser(server, 'Cost Reader')).client.cookie!;
});

type Send = (query: string, variables?: Record<string, unknown>) => Promise<Pick<GraphQLResponse, 'errors' | 'data'>>;
const overHttp: Send = (query, variables) => {
  const client = server.client();
  client.cookie = cookie;
  return client.request(query, variables);
};
const overWebSocket: Send = async (query, variables) => {
  const socket = webSocket({ cookie });
  return socket
    .iterate({ query, variables })
    .next()
    .then(
      (r) => r.value as GraphQLResponse,
      (errors) => ({ errors }),
    );
};

// 100 entries × their sections × 100 revisions each: a 9.4 MB answer on the demo data.
const SHAPE = (first: string) => `entries(first: ${first}) { nodes { sections { revisions(first: ${first}) { nodes { markdown } } } } }`;
const COSTLY = {
  'a literal': { query: `{ ${SHAPE('100')} }`, variables: undefined },
  'a variable': { query: `query($n: Int!) { ${SHAPE('$n')} }`, variables: { n: 100 } },
  'a variable’s default': { query: `query($n: Int! = 100) { ${SHAPE('$n')} }`, variables: undefined },
};

describe('the query cost counts `first` as the request runs it', () => {
  for (const [transport, send] of [
    ['HTTP', overHttp],
    ['WebSocket', overWebSocket],
  ] as const) {
    it(`${transport}: a literal, a variable and a variable’s default get the same refusal`, async () => {
      const refusals = [];
      for (const { query, variables } of Object.values(COSTLY)) {
        const result = await send(query, variables);
        expect(result.data ?? undefined).toBeUndefined();
        expect(result.errors).toHaveLength(1);
        refusals.push({ code: result.errors![0].extensions?.code, message: result.errors![0].message });
      }
      expect(refusals[0]).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', message: expect.stringMatching(/^Query Cost limit of 50000 exceeded, found \d+\. Ask for less in one request/) });
      expect(refusals[1]).toEqual(refusals[0]);
      expect(refusals[2]).toEqual(refusals[0]);
    });
  }

  it('over HTTP the refusal is a 400, as any validation error', async () => {
    const client = server.client();
    client.cookie = cookie;
    expect((await client.request(COSTLY['a variable'].query, COSTLY['a variable'].variables)).status).toBe(400);
  });

  it('one document sent again with other variables is counted again where they reach the cost, and not refused for fitting variables after unfitting ones', () => {
    const paged = parse(`query($n: Int!, $w: Boolean!) { ${SHAPE('$n')} me @include(if: $w) { id } }`);
    expect(queryCost(schema, paged, undefined, { n: 100, w: true })).toBeGreaterThan(MAX_QUERY_COST);
    expect(queryCost(schema, paged, undefined, { n: 1, w: true })).toBeLessThan(MAX_QUERY_COST);
    // Variables that reach no `first` (counted once per document): the 0 of variables that did not fit is never what is kept.
    const costly = parse(`query($id: ID!) { section(id: $id) { id } ${SHAPE('100')} }`);
    expect(queryCost(schema, costly, undefined, {})).toBe(0); // $id missing: execution refuses it
    expect(queryCost(schema, costly, undefined, { id: '00000000-0000-4000-8000-000000000001' })).toBeGreaterThan(MAX_QUERY_COST);
  });

  it('an argument left out costs as its default in the schema', () => {
    const cost = (query: string) => queryCost(schema, parse(query), undefined, {});
    expect(cost('{ entries { nodes { id } } }')).toBe(cost('{ entries(first: 20) { nodes { id } } }'));
    expect(cost('{ entries { nodes { id } } }')).toBeGreaterThan(cost('{ entries(first: 1) { nodes { id } } }'));
  });

  it('introspection (the schema, not the database) costs nothing: a client’s full introspection query is answered', async () => {
    for (const send of [overHttp, overWebSocket]) {
      const result = await send(getIntrospectionQuery());
      expect(result.errors).toBeUndefined();
      expect(result.data!.__schema.queryType.name).toBe('Query');
    }
  });

  it('a small page by variable is answered', async () => {
    for (const send of [overHttp, overWebSocket]) {
      const result = await send(`query($n: Int!) { ${SHAPE('$n')} }`, { n: 5 });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ entries: { nodes: [] } });
    }
  });
});

describe('aliases of __typename count towards the alias limit', () => {
  for (const [transport, send] of [
    ['HTTP', overHttp],
    ['WebSocket', overWebSocket],
  ] as const) {
    it(`${transport}: 20,000 are refused, 30 are answered`, async () => {
      const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ')} }`;
      const flood = await send(aliases(20_000));
      expect(flood.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Aliases limit of 30 exceeded/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
      const fine = await send(aliases(30));
      expect(fine.errors).toBeUndefined();
      expect(Object.keys(fine.data!)).toHaveLength(30);
    });
  }
});

describe('the web app’s own operations stay under the limit', () => {
  /** Variables as the web app sends them at most: every page size at 100 (its ALL_THREADS). */
  function largestVariables(operation: OperationDefinitionNode): Record<string, unknown> | undefined {
    const variables: Record<string, unknown> = {};
    for (const definition of operation.variableDefinitions ?? []) {
      const type = getNamedType(typeFromAST(schema, definition.type as TypeNode & { kind: never })!);
      if (isInputObjectType(type)) return undefined; // a mutation's input: no pages in it
      variables[definition.variable.name.value] = type.name === 'Int' ? 100 : type.name === 'Boolean' ? true : isEnumType(type) ? type.getValues()[0].value : '00000000-0000-4000-8000-000000000000';
    }
    return variables;
  }

  // The web app's operations as its codegen wrote them (apps/web/src/gql/graphql.ts), each a
  // document with the fragments it uses: one `export const XDocument = {…} as unknown as …` a line.
  const generated = readFileSync(new URL('../../../web/src/gql/graphql.ts', import.meta.url), 'utf8');
  const documents = [...generated.matchAll(/^export const (\w+Document) = (\{.*\}) as unknown as DocumentNode/gm)].map(([, name, json]) => [name, JSON.parse(json) as DocumentNode] as const);

  it('finds the web app’s operations', () => {
    expect(documents.length).toBeGreaterThan(30);
  });

  it.each(documents)('%s', (_name, document) => {
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
    const variables = largestVariables(operation);
    const cost = queryCost(schema, document, operation.name?.value, variables ?? {});
    if (operation.operation !== 'mutation') expect(cost).toBeGreaterThan(0); // counted, not skipped over bad variables
    expect(cost).toBeLessThanOrEqual(MAX_QUERY_COST);
  });
});

describe('the cost refusal does not depend on who asks', () => {
  it('signed out, the costly variable query is refused before it runs', async () => {
    const result = await server.client().request(COSTLY['a variable'].query, COSTLY['a variable'].variables);
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
