import { createClient, type Client, type ClientOptions } from 'graphql-ws';
import WebSocket from 'ws';

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
