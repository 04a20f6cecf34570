/**
 * The live connection's state, as the header shows it. Fed by the graphql-ws client's events
 * and the browser's online/offline events; kept outside React so the socket can report before
 * any component mounts.
 */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface SocketState {
  open: boolean;
  /** Whether the socket has ever been open: before that we are connecting, not reconnecting. */
  everOpen: boolean;
  /** Attempts that closed without opening since the socket was last open. */
  failures: number;
  /** The browser's own idea (navigator.onLine). */
  online: boolean;
}

/** After this many failed attempts in a row the server is as good as unreachable. */
export const FAILURES_BEFORE_OFFLINE = 3;

export function statusOf(state: SocketState): ConnectionStatus {
  if (!state.online) return 'offline';
  if (state.open) return 'connected';
  if (state.failures >= FAILURES_BEFORE_OFFLINE) return 'offline';
  return state.everOpen ? 'reconnecting' : 'connecting';
}

/** `restart`: we are reopening the socket on purpose (a new session), which is no loss of connection. */
export type SocketEvent = 'connected' | 'closed' | 'online' | 'offline' | 'restart';

export function nextState(state: SocketState, event: SocketEvent): SocketState {
  switch (event) {
    case 'connected':
      return { ...state, open: true, everOpen: true, failures: 0 };
    case 'closed':
      return { ...state, open: false, failures: state.open ? 0 : state.failures + 1 };
    case 'restart':
      return { ...state, open: false, everOpen: false, failures: 0 };
    case 'online':
      return { ...state, online: true };
    case 'offline':
      return { ...state, online: false };
  }
}

export interface ConnectionStore {
  get(): ConnectionStatus;
  subscribe(listener: () => void): () => void;
  report(event: SocketEvent): void;
}

export function createConnectionStore(online = true): ConnectionStore {
  let state: SocketState = { open: false, everOpen: false, failures: 0, online };
  let status = statusOf(state);
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    report(event) {
      state = nextState(state, event);
      const next = statusOf(state);
      if (next === status) return;
      status = next;
      listeners.forEach((listener) => listener());
    },
  };
}
