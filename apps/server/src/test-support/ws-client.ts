import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client, type ClientOptions, type FormattedExecutionResult, type Sink } from 'graphql-ws';
import WebSocket from 'ws';
import { queryText, type VariablesArg } from './api-client.js';

/**
 * A graphql-ws client of the server at `serverUrl`, over a real WebSocket whose upgrade
 * request carries `headers`, as a browser's would (cookie, origin) or a script's (authorization).
 * It gives up at the first refusal instead of retrying.
 */
export function graphqlWsClient(serverUrl: string, headers: Record<string, string>, options: Partial<ClientOptions> = {}): Client {
  class HeaderSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({ url: `${serverUrl.replace('http', 'ws')}/graphql`, webSocketImpl: HeaderSocket, retryAttempts: 0, ...options });
}

/** `client.subscribe` with a document typed by `graphql()` (test-support/gql): the sink gets its typed answers. */
export function subscribe<TData, TVariables>(
  client: Client,
  document: TypedDocumentNode<TData, TVariables>,
  variables: VariablesArg<TVariables>[0],
  sink: Sink<FormattedExecutionResult<TData, unknown>>,
): () => void {
  return client.subscribe<TData>({ query: queryText(document), variables: variables as Record<string, unknown> | undefined }, sink);
}

/** `client.iterate` with a document typed by `graphql()` (test-support/gql). */
export function iterate<TData, TVariables>(
  client: Client,
  document: TypedDocumentNode<TData, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): AsyncIterableIterator<FormattedExecutionResult<TData, unknown>> {
  return client.iterate<TData>({ query: queryText(document), variables: variables as Record<string, unknown> | undefined });
}
