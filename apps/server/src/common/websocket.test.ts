import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createUser } from '../test-support/factories.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

let server: TestServer;
const open: Client[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await Promise.all(open.map((c) => c.dispose()));
  await server?.stop();
});

/** A graphql-ws client over a real WebSocket, with the headers a browser would send. */
function wsClient(headers: Record<string, string>, connectionParams?: Record<string, unknown>): Client {
  class BrowserLikeSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const client = createClient({ url: `${server.url.replace('http', 'ws')}/graphql`, webSocketImpl: BrowserLikeSocket, connectionParams, retryAttempts: 0, lazy: true });
  open.push(client);
  return client;
}

async function run(client: Client, query: string, variables?: Record<string, unknown>) {
  return client.iterate({ query, variables }).next().then((r) => r.value as { data?: any; errors?: any[] });
}

describe('GraphQL over the WebSocket at /graphql', () => {
  it('authenticates with the session cookie of the upgrade request, from the same origin', async () => {
    const { client, user } = await createUser(server, 'Socket Nurse');
    const ws = wsClient({ cookie: client.cookie!, origin: server.url });
    expect((await run(ws, '{ me { id name } }')).data.me).toEqual({ id: user.id, name: 'Socket Nurse' });
  });

  it('authenticates with a bearer token in connection_init', async () => {
    const { client, user } = await createUser(server, 'Socket Script');
    const { secret } = (await client.ok('mutation { createApiToken(input: { name: "ws", scope: READ }) { secret } }')).createApiToken;
    const ws = wsClient({}, { authorization: `Bearer ${secret}` });
    expect((await run(ws, '{ me { id } }')).data.me.id).toBe(user.id);
  });

  it('refuses a cookie sent from another site’s page (cross-site WebSocket hijacking)', async () => {
    const { client } = await createUser(server, 'Targeted Nurse');
    const ws = wsClient({ cookie: client.cookie!, origin: 'https://evil.example.com' });
    await expect(run(ws, '{ me { id } }')).rejects.toMatchObject({ code: 4403 });
  });

  it('refuses a cookie from another origin however connection_init is dressed: an empty token is no token', async () => {
    const { client } = await createUser(server, 'Targeted Medic');
    for (const params of [{ authorization: '' }, { authorization: 'not a bearer' }]) {
      const ws = wsClient({ cookie: client.cookie!, origin: 'https://evil.example.com' }, params);
      await expect(run(ws, '{ me { id } }')).rejects.toMatchObject({ code: 4403 });
    }
  });

  it('a token connection is the token’s alone: a cookie beside a bad token does not stand in for it', async () => {
    const { client } = await createUser(server, 'Cookie Holder');
    const ws = wsClient({ cookie: client.cookie!, origin: server.url }, { authorization: 'Bearer qrm_made_up' });
    await expect(run(ws, '{ me { id } }')).rejects.toMatchObject({ code: 4403 });
  });

  it('accepts the public address as the page’s origin when a proxy in front rewrites Host', async () => {
    const behind = await startTestServer({ QUORUM_PUBLIC_URL: 'https://quorum.trust.example' });
    try {
      const { client, userId } = await behind.signUp('Proxied Nurse');
      const headers = { cookie: client.cookie!, origin: 'https://quorum.trust.example', host: 'app:4000' };
      class ProxiedSocket extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers });
        }
      }
      const ws = createClient({ url: `${behind.url.replace('http', 'ws')}/graphql`, webSocketImpl: ProxiedSocket, retryAttempts: 0, lazy: true });
      open.push(ws);
      expect((await run(ws, '{ me { id } }')).data.me.id).toBe(userId);
    } finally {
      await behind.stop();
    }
  });

  it('refuses a revoked or made-up token at connection', async () => {
    const ws = wsClient({}, { authorization: 'Bearer qrm_made_up' });
    await expect(run(ws, '{ me { id } }')).rejects.toMatchObject({ code: 4403 });
  });

  it('gives the same error codes as HTTP, without internals', async () => {
    const { client } = await createUser(server, 'Socket Writer');
    const ws = wsClient({ cookie: client.cookie!, origin: server.url });
    const bad = await run(ws, 'mutation { createEntry(input: { templateId: "nope", title: "" }) { entry { id } } }');
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.templateId' });
    expect(JSON.stringify(bad.errors)).not.toMatch(/stack|validationErrors/);
    const missing = await run(ws, 'query { entry(id: "00000000-0000-4000-8000-000000000000") { id } }');
    expect(missing.errors![0].extensions.code).toBe('NOT_FOUND');
  });
});
