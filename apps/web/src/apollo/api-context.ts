import { createContext, useContext } from 'react';
import type { Client } from 'graphql-ws';
import type { ConnectionStore } from '../connection/connection-status';
import { socketTransport, type LiveTransport } from '../live/transport';

export interface ApiContextValue {
  connection: ConnectionStore;
  /** Live editing and presence over the WebSocket; null where there is none (component tests). */
  live: LiveTransport | null;
  /** Reopens the WebSocket, e.g. after logging in or out, so that it carries the new session cookie. */
  reconnect(): void;
}

export const ApiContext = createContext<ApiContextValue | null>(null);

export function apiContextFor(connection: ConnectionStore, socket?: Client, live: LiveTransport | null = socket ? socketTransport(socket) : null): ApiContextValue {
  return {
    connection,
    live,
    reconnect() {
      connection.report('restart');
      socket?.terminate();
    },
  };
}

export function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApiContext needs an ApiContext provider');
  return value;
}
