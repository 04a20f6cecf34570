import { describe, expect, it } from 'vitest';
import { createConnectionStore, FAILURES_BEFORE_OFFLINE } from './connection-status';

describe('connection status', () => {
  it('is connecting until the socket first opens, then connected', () => {
    const store = createConnectionStore();
    expect(store.get()).toBe('connecting');
    store.report('connected');
    expect(store.get()).toBe('connected');
  });

  it('is reconnecting after losing an open socket, and offline after repeated failures', () => {
    const store = createConnectionStore();
    store.report('connected');
    store.report('closed');
    expect(store.get()).toBe('reconnecting');
    for (let i = 0; i < FAILURES_BEFORE_OFFLINE; i++) store.report('closed');
    expect(store.get()).toBe('offline');
    store.report('connected');
    expect(store.get()).toBe('connected');
  });

  it('is offline whenever the browser is, whatever the socket says', () => {
    const store = createConnectionStore();
    store.report('connected');
    store.report('offline');
    expect(store.get()).toBe('offline');
    store.report('online');
    expect(store.get()).toBe('connected');
  });

  it('is connecting, not reconnecting, while the socket is reopened on purpose for a new session', () => {
    const store = createConnectionStore();
    store.report('connected');
    store.report('restart');
    store.report('closed');
    expect(store.get()).toBe('connecting');
    store.report('connected');
    expect(store.get()).toBe('connected');
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
