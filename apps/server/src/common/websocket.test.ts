import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'graphql-ws';
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { codeOf, type VariablesArg } from '../test-support/api-client.js';
import { createUser } from '../test-support/factories.js';
import { startTestServer } from '../test-support/test-server.js';
import { useTestServer } from '../test-support/test-team.js';
import { graphqlWsClient, iterate } from '../test-support/ws-client.js';
import { captureLog } from '../test-support/capture-log.js';
import { CREATE_API_TOKEN, CREATE_ENTRY_BAD_TEMPLATE, ME_ID, ME_ID_NAME, ME_NAME, MISSING_ENTRY, REVOKE_TOKEN, SECTION_UPDATED } from '../test-support/operations.js';

const { server, webSocket } = useTestServer();

/** A graphql-ws client over a real WebSocket, with the headers a browser would send. */
const wsClient = (headers: Record<string, string>, connectionParams?: Record<string, unknown>): Client => webSocket(headers, { connectionParams, lazy: true });

async function run<TData, TVariables>(client: Client, document: TypedDocumentNode<TData, TVariables>, ...variables: VariablesArg<TVariables>) {
  return iterate(client, document, ...variables)
    .next()
    .then((r) => r.value as { data?: TData | null; errors?: readonly any[] });
}

/** The same with a query's text: for the malformed, invalid and oversized queries codegen would refuse. */
async function runText(client: Client, query: string, variables?: Record<string, unknown>) {
  return client
    .iterate({ query, variables })
    .next()
    .then((r) => r.value as { data?: any; errors?: any[] });
}

describe('GraphQL over the WebSocket at /graphql', () => {
  it('authenticates with the session cookie of the upgrade request, from the same origin', async () => {
    const { client, user } = await createUser(server, 'Socket Nurse');
    const ws = wsClient({ cookie: client.cookie!, origin: server.url });
    expect((await run(ws, ME_ID_NAME)).data?.me).toEqual({ id: user.id, name: 'Socket Nurse' });
  });

  it('authenticates with a bearer token in connection_init', async () => {
    const { client, user } = await createUser(server, 'Socket Script');
    const { secret } = (await client.ok(CREATE_API_TOKEN, { i: { name: 'ws', scope: 'READ' } })).createApiToken;
    const ws = wsClient({}, { authorization: `Bearer ${secret}` });
    expect((await run(ws, ME_ID)).data?.me?.id).toBe(user.id);
  });

  it('refuses a cookie sent from another site’s page (cross-site WebSocket hijacking)', async () => {
    const { client } = await createUser(server, 'Targeted Nurse');
    const ws = wsClient({ cookie: client.cookie!, origin: 'https://evil.example.com' });
    await expect(run(ws, ME_ID)).rejects.toMatchObject({ code: 4403 });
  });

  it('refuses a cookie from another origin however connection_init is dressed: an empty token is no token', async () => {
    const { client } = await createUser(server, 'Targeted Medic');
    for (const params of [{ authorization: '' }, { authorization: 'not a bearer' }]) {
      const ws = wsClient({ cookie: client.cookie!, origin: 'https://evil.example.com' }, params);
      await expect(run(ws, ME_ID)).rejects.toMatchObject({ code: 4403 });
    }
  });

  it('a token connection is the token’s alone: a cookie beside a bad token does not stand in for it', async () => {
    const { client } = await createUser(server, 'Cookie Holder');
    const ws = wsClient({ cookie: client.cookie!, origin: server.url }, { authorization: 'Bearer qrm_made_up' });
    await expect(run(ws, ME_ID)).rejects.toMatchObject({ code: 4403 });
  });

  it('accepts the public address as the page’s origin when a proxy in front rewrites Host', async () => {
    const behind = await startTestServer({ QUORUM_PUBLIC_URL: 'https://quorum.trust.example' });
    let ws: Client | undefined;
    try {
      const { client, userId } = await behind.signUp('Proxied Nurse');
      ws = graphqlWsClient(behind.url, { cookie: client.cookie!, origin: 'https://quorum.trust.example', host: 'app:4000' }, { lazy: true });
      expect((await run(ws, ME_ID)).data?.me?.id).toBe(userId);
    } finally {
      await ws?.dispose();
      await behind.stop();
    }
  });

  it('takes a bearer token from the upgrade request’s Authorization header, as scripts send it', async () => {
    const { client, user } = await createUser(server, 'Header Script');
    const { secret } = (await client.ok(CREATE_API_TOKEN, { i: { name: 'header', scope: 'READ' } })).createApiToken;
    const ws = wsClient({ authorization: `Bearer ${secret}` });
    expect((await run(ws, ME_ID)).data?.me?.id).toBe(user.id);
  });

  it('says why it refuses a token sent without the Bearer scheme', async () => {
    const ws = wsClient({}, { authorization: 'qrm_no_scheme' });
    await expect(run(ws, ME_ID)).rejects.toMatchObject({ code: 4403, reason: 'Send the API token as `Authorization: Bearer <token>`.' });
  });

  it('answers UNAUTHENTICATED, and keeps the connection, once the token is revoked', async () => {
    const { client } = await createUser(server, 'Revoked Script');
    const { createApiToken } = await client.ok(CREATE_API_TOKEN, { i: { name: 'soon revoked', scope: 'READ' } });
    // Not lazy: the one connection stays open throughout, as a long-running script's would.
    const ws = webSocket({}, { connectionParams: { authorization: `Bearer ${createApiToken.secret}` }, lazy: false });
    expect((await run(ws, ME_NAME)).data?.me?.name).toBe('Revoked Script');
    await client.ok(REVOKE_TOKEN, { i: { tokenId: createApiToken.token.id } });
    // No wait: the revocation reaches the connection before revokeApiToken is answered (policy/revocations.ts).
    const refused = await run(ws, ME_NAME).catch((errors: any[]) => ({ errors }));
    expect(refused.errors![0]).toMatchObject({ message: 'The API token is not valid, or has been revoked.', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('closes a connection that sends a message over the size limit (1009), without logging it as an internal error', async () => {
    const logged = captureLog();
    try {
      const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
      await new Promise((resolve) => socket.once('open', resolve));
      const closed = new Promise<number>((resolve) => socket.once('close', resolve));
      socket.send('x'.repeat(3_000_000));
      expect(await closed).toBe(1009);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(logged.join(' ')).not.toMatch(/Internal error|Max payload/);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('refuses a revoked or made-up token at connection', async () => {
    const ws = wsClient({}, { authorization: 'Bearer qrm_made_up' });
    await expect(run(ws, ME_ID)).rejects.toMatchObject({ code: 4403 });
  });

  it('gives the same error codes as HTTP, without internals', async () => {
    const { client } = await createUser(server, 'Socket Writer');
    const ws = wsClient({ cookie: client.cookie!, origin: server.url });
    const bad = await run(ws, CREATE_ENTRY_BAD_TEMPLATE);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.templateId' });
    expect(JSON.stringify(bad.errors)).not.toMatch(/stack|validationErrors/);
    const missing = await run(ws, MISSING_ENTRY);
    expect(missing.errors![0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('a query that does not parse, validate or fit its variables', () => {
  const ENTRIES = 'query($first: Int!) { entries(first: $first) { nodes { id } } }';
  const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { user { id } } }';
  const METRIC = 'mutation($i: CreateMetricInput!) { createMetric(input: $i) { metric { id } } }';
  const PASSWORD = 'my "secret"; at "input.email"; here';
  const cases: { name: string; query: string; variables?: Record<string, unknown>; code: string; field?: string; message: RegExp }[] = [
    { name: 'a syntax error', query: '{ me { id }', code: 'GRAPHQL_PARSE_FAILED', message: /^Syntax Error: Expected Name, found <EOF>/ },
    {
      name: 'two operations and no name',
      query: 'query A { me { id } } query B { me { name } }',
      code: 'OPERATION_RESOLUTION_FAILURE',
      message: /^Must provide operation name if query contains multiple operations\.$/,
    },
    { name: 'an unknown field', query: '{ me { nope } }', code: 'GRAPHQL_VALIDATION_FAILED', message: /^Cannot query field "nope" on type "User"/ },
    {
      name: 'an Int out of range',
      query: ENTRIES,
      variables: { first: 3_000_000_000 },
      code: 'BAD_USER_INPUT',
      field: 'first',
      message: /^Variable "\$first": Int cannot represent non 32-bit signed integer value: 3000000000$/,
    },
    {
      name: 'null for an argument that has a default',
      query: 'query($f: Int) { entries(first: $f) { nodes { id } } }',
      variables: { f: null },
      code: 'BAD_USER_INPUT',
      field: 'first',
      message: /^Argument "first" of non-null type "Int!" must not be null\.$/,
    },
    { name: 'a required variable left out', query: ENTRIES, variables: {}, code: 'BAD_USER_INPUT', field: 'first', message: /^Variable "\$first" of required type "Int!" was not provided\.$/ },
    {
      name: 'a required input field left out',
      query: METRIC,
      variables: { i: { name: 'Sepsis; "screening"' } },
      code: 'BAD_USER_INPUT',
      field: 'i.entryId',
      message: /^Variable "\$i": Field "entryId" of required type "ID!" was not provided\.$/,
    },
    {
      name: 'a field of the wrong type beside a password',
      query: LOG_IN,
      variables: { input: { email: 5, password: PASSWORD } },
      code: 'BAD_USER_INPUT',
      field: 'input.email',
      message: /^Variable "\$input" at "input.email": String cannot represent a non string value: 5$/,
    },
  ];

  it.each(cases)('$name reads the same over HTTP and the WebSocket, with its code and the field at fault', async ({ query, variables, code, field, message }) => {
    const { client } = await createUser(server, 'Script Analyst');
    const ws = wsClient({ cookie: client.cookie!, origin: server.url });
    const overHttp = await client.request(query, variables);
    const overWs = await runText(ws, query, variables).catch((errors: unknown[]) => ({ errors }) as { errors: any[] });
    for (const result of [overHttp, overWs]) {
      expect(codeOf(result as never)).toBe(code);
      expect(result.errors![0].message).toMatch(message);
      expect(result.errors![0].extensions.field).toBe(field);
      expect(JSON.stringify(result.errors)).not.toContain('secret');
    }
    // The connection goes on: a refused query does not close it.
    expect((await run(ws, ME_NAME)).data?.me?.name).toBe('Script Analyst');
  });
});

describe('a subscription sent over HTTP', () => {
  it('is refused with BAD_REQUEST, saying where subscriptions work', async () => {
    const { client } = await createUser(server, 'Confused Script');
    const result = await client.request(SECTION_UPDATED);
    expect(result.status).toBe(400);
    expect(result.errors![0]).toMatchObject({ message: 'Subscriptions work over the WebSocket at /graphql (the graphql-ws protocol), not over HTTP.', extensions: { code: 'BAD_REQUEST' } });
  });
});

describe('the parsed-query caches', () => {
  it('keep large one-off queries, over HTTP or the WebSocket, from filling the server’s memory', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const { client } = await createUser(server, 'Large Queries');
    const ws = wsClient({ cookie: client.cookie!, origin: server.url });
    const padding = `#${'x'.repeat(1_000_000)}`;
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 50; i++) {
      expect((await client.request(`{ __typename } # http ${i}\n${padding}`)).data).toEqual({ __typename: 'Query' });
      expect((await runText(ws, `{ __typename } # ws ${i}\n${padding}`)).data).toEqual({ __typename: 'Query' });
    }
    gc();
    // Kept by count, or by the size of the parsed tree alone, they would hold on to 100 MB of query text.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(40_000_000);
  }, 60_000);
});
