import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client, type ClientOptions, type FormattedExecutionResult, type Sink } from 'graphql-ws';
import { expect } from 'vitest';
import WebSocket from 'ws';
import { queryText, type VariablesArg } from './api-client.js';
import { ME_ID } from './operations.js';

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

/** What a subscription or a request over a connection answered: its data, or the errors it was refused with. */
export type WsResult<TData> = { data?: TData | null; errors?: readonly any[] };

/** A subscription's results as they come, and when it completed. */
export function listen<TData, TVariables>(client: Client, document: TypedDocumentNode<TData, TVariables>, variables: VariablesArg<TVariables>[0]) {
  const seen = { results: [] as WsResult<TData>[], completedAt: undefined as number | undefined };
  subscribe(client, document, variables, {
    next: (r) => void seen.results.push(r),
    error: (e) => void seen.results.push({ errors: [e] }),
    complete: () => (seen.completedAt = Date.now()),
  });
  return seen;
}

/** One query or mutation over the connection: its result, or the errors it was refused with. */
export async function run<TData, TVariables>(client: Client, document: TypedDocumentNode<TData, TVariables>, ...variables: VariablesArg<TVariables>): Promise<WsResult<TData>> {
  return iterate(client, document, ...variables)
    .next()
    .then((r) => r.value as WsResult<TData>)
    .catch((errors: any[]) => ({ errors }));
}

/** The codes of the errors a subscription was refused or ended with. */
export const errorCodes = (seen: { results: { errors?: readonly any[] }[] }) => seen.results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code);

/** Until every subscription has completed (at most `timeout` ms). */
export const allEnded = (subscriptions: readonly { completedAt?: number }[], timeout = 10_000) => expect.poll(() => subscriptions.every((s) => s.completedAt), { timeout, interval: 20 }).toBeTruthy();

/** Until every subscription has completed (as allEnded), each within a second of `since` (a revocation, say) and with the one error `code`. */
export async function allEndedSoonAfter(subscriptions: readonly { completedAt?: number; results: { errors?: readonly any[] }[] }[], since: number, code: string, timeout?: number) {
  await allEnded(subscriptions, timeout);
  for (const s of subscriptions) {
    expect(s.completedAt! - since).toBeLessThan(1_000);
    expect(errorCodes(s)).toEqual([code]);
  }
}

/** Subscriptions are set up on the server once a query sent after them on the same connection is answered (one connection, in order). */
export async function subscribed(client: Client) {
  expect((await run(client, ME_ID)).data?.me?.id).toBeTruthy();
  await new Promise((resolve) => setTimeout(resolve, 100));
}
