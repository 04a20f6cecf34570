import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import type { Client } from 'graphql-ws';

/** A refusal or failure of a live operation, with the API's code (NETWORK when there was no answer). */
export class LiveError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The error's other extensions, e.g. `contentBytesLimit` on a refusal for size. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

type Variables = Record<string, unknown>;

/**
 * The live-editing operations' way to the server: queries, mutations and subscriptions all on
 * the one WebSocket, so that an edit goes out on the connection its echo comes back on.
 */
export interface LiveTransport {
  request<R, V extends Variables>(document: TypedDocumentNode<R, V>, variables: V): Promise<R>;
  /** Calls `onData` for every event until the returned function is called; resubscribes after a reconnect. */
  subscribe<R, V extends Variables>(document: TypedDocumentNode<R, V>, variables: V, onData: (data: R) => void): () => void;
}

const printed = new WeakMap<DocumentNode, string>();
function queryOf(document: DocumentNode): string {
  let text = printed.get(document);
  if (!text) printed.set(document, (text = print(document)));
  return text;
}

interface WireError {
  message: string;
  extensions?: { code?: unknown } & Record<string, unknown>;
}

function liveError(error: unknown): LiveError {
  const first = (Array.isArray(error) ? error[0] : error) as WireError | undefined;
  if (first && typeof first.message === 'string' && first.extensions) return new LiveError(String(first.extensions.code ?? 'INTERNAL_SERVER_ERROR'), first.message, first.extensions);
  return new LiveError('NETWORK', 'The connection to the server was lost.');
}

export function socketTransport(socket: Client): LiveTransport {
  return {
    request(document, variables) {
      return new Promise((resolve, reject) => {
        let data: unknown;
        socket.subscribe(
          { query: queryOf(document), variables },
          {
            next: (result) => (result.errors?.length ? reject(liveError(result.errors)) : (data = result.data)),
            error: (error) => reject(liveError(error)),
            // Completing with no answer: the socket gave up (it only does for good reasons).
            complete: () => (data === undefined ? reject(liveError(undefined)) : resolve(data as never)),
          },
        );
      });
    },
    subscribe(document, variables, onData) {
      return socket.subscribe(
        { query: queryOf(document), variables },
        {
          next: (result) => result.data && onData(result.data as never),
          // The socket retries for as long as the page is open, so an error here is a refusal
          // (e.g. no longer a member); the page's own queries report that in words.
          error: () => {},
          complete: () => {},
        },
      );
    },
  };
}
