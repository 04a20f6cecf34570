import { describe, expect, it } from 'vitest';
import { createConnectionStore, FAILURES_BEFORE_OFFLINE, type ConnectionStatus, type SocketEvent } from './connection-status';

/** What the socket and the browser report, then the status the store shows after them. */
type Step = [reports: SocketEvent[], status: ConnectionStatus];

describe('connection status', () => {
  it.each<[string, Step[]]>([
    [
      'is connecting until the socket first opens, then connected',
      [
        [[], 'connecting'],
        [['connected'], 'connected'],
      ],
    ],
    [
      'is reconnecting after losing an open socket, and offline after repeated failures',
      [
        [['connected', 'closed'], 'reconnecting'],
        [Array<SocketEvent>(FAILURES_BEFORE_OFFLINE).fill('closed'), 'offline'],
        [['connected'], 'connected'],
      ],
    ],
    [
      'is offline whenever the browser is, whatever the socket says',
      [
        [['connected', 'offline'], 'offline'],
        [['online'], 'connected'],
      ],
    ],
    [
      'is connecting, not reconnecting, while the socket is reopened on purpose for a new session',
      [
        [['connected', 'restart', 'closed'], 'connecting'],
        [['connected'], 'connected'],
      ],
    ],
  ])('%s', (_, steps) => {
    const store = createConnectionStore();
    for (const [reports, status] of steps) {
      for (const event of reports) store.report(event);
      expect(store.get()).toBe(status);
    }
  });

  it('tells listeners only about real changes', () => {
    const store = createConnectionStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.report('connected');
    store.report('connected');
    expect(calls).toBe(1);
  });
});
