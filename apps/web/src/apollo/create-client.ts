import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client, type ClientOptions } from 'graphql-ws';
import type { ConnectionStore } from '../connection/connection-status';

const PING_EVERY_MS = 15_000;
const PONG_WITHIN_MS = 5_000;
const MAX_RETRY_WAIT_MS = 10_000;

export interface Api {
  client: ApolloClient;
  socket: Client;
}

/**
 * Queries and mutations go over HTTP with the session cookie; subscriptions over one WebSocket
 * at the same path. The socket opens at once and stays open (not lazy), so that the header can
 * always say whether live updates are flowing.
 */
export function createApi(connection: ConnectionStore, origin = window.location.origin): Api {
  const socket: Client = createClient({
    url: `${origin.replace(/^http/, 'ws')}/graphql`,
    lazy: false,
    keepAlive: PING_EVERY_MS,
    // Keep trying for as long as the page is open; a person may be on a train.
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(MAX_RETRY_WAIT_MS, 500 * 2 ** retries))),
    onNonLazyError: () => {},
    on: watchSocket(connection, () => socket),
  });
  window.addEventListener('online', () => connection.report('online'));
  window.addEventListener('offline', () => connection.report('offline'));

  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const link = ApolloLink.split((op) => op.operationType === OperationTypeNode.SUBSCRIPTION, new GraphQLWsLink(socket), http);
  return { client: new ApolloClient({ link, ...clientOptions() }), socket };
}

/** The client's cache and masking, shared with the component tests' client (test/render.tsx). */
export function clientOptions() {
  // Data masking: a component reads only what its own fragment selects (useFragment), not what its page's query spreads.
  return { cache: new InMemoryCache({ typePolicies: TYPE_POLICIES }), dataMasking: true };
}

/**
 * Objects without an id are replaced, not merged, when written again. Pages ask for different
 * abilities of the same entry at once (the section view, the header, the nav): merge them, or
 * each query's write would leave the others incomplete and send them back to the server.
 */
export const TYPE_POLICIES = { EntryAbilities: { merge: true } };

/** Reports the socket's state, and drops a socket whose server stops answering pings (it would otherwise look open). */
function watchSocket(connection: ConnectionStore, socket: () => Client): ClientOptions['on'] {
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    connected: () => connection.report('connected'),
    closed: () => {
      clearTimeout(pongTimer);
      connection.report('closed');
    },
    ping: (received: boolean) => {
      if (!received) pongTimer = setTimeout(() => socket().terminate(), PONG_WITHIN_MS);
    },
    pong: (received: boolean) => {
      if (received) clearTimeout(pongTimer);
    },
  };
}
