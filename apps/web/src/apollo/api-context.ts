import { createContext, useContext } from 'react';
import type { Client } from 'graphql-ws';
import type { ConnectionStore } from '../connection/connection-status';

export interface ApiContextValue {
  connection: ConnectionStore;
  /** Reopens the WebSocket, e.g. after logging in or out, so that it carries the new session cookie. */
  reconnect(): void;
}

export const ApiContext = createContext<ApiContextValue | null>(null);

export function apiContextFor(connection: ConnectionStore, socket?: Client): ApiContextValue {
  return {
    connection,
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
