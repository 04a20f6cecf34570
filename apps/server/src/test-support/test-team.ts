import type { Client, ClientOptions } from 'graphql-ws';
import { afterAll, beforeAll } from 'vitest';
import type { StartOptions } from '../app.js';
import { createTeam, type Team } from './factories.js';
import { startTestServer, type TestServer } from './test-server.js';
import { graphqlWsClient } from './ws-client.js';

/**
 * A server of the test file's own (started with `overrides` of its settings), as Vendure's
 * createTestEnvironment: started before the file's tests and stopped after them, with every
 * WebSocket opened through `socket`. The objects are there at once and filled in before the
 * first test: read them in tests and hooks, not at the file's top level.
 */
export function useTestServer(overrides: Record<string, string> = {}, options: StartOptions = {}) {
  const server = {} as TestServer;
  const sockets: Client[] = [];
  beforeAll(async () => {
    Object.assign(server, await startTestServer(overrides, options));
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await server.stop?.();
  });
  /** A graphql-ws client of this server (test-support/ws-client.ts), closed after the file's tests. */
  const webSocket = (headers: Record<string, string>, clientOptions?: Partial<ClientOptions>): Client => {
    const client = graphqlWsClient(server.url, headers, clientOptions);
    sockets.push(client);
    return client;
  };
  return { server, webSocket };
}

/** `useTestServer` with a team on it: an entry with a member in every role, and an outsider (factories.ts). */
export function useTestTeam(overrides: Record<string, string> = {}, options: StartOptions = {}) {
  const started = useTestServer(overrides, options);
  const team = {} as Team;
  beforeAll(async () => {
    Object.assign(team, await createTeam(started.server));
  });
  return { ...started, team };
}
