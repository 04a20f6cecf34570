import type { Client } from 'graphql-ws';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestTeam } from '../test-support/test-team.js';
import { subscribe } from '../test-support/ws-client.js';
import { ENTRY_EVENTS, LIVE_SECTION_UPDATED, SUBSCRIPTION_LISTENERS_PRESENCE_UPDATED } from '../test-support/operations.js';

const { server, team, webSocket } = useTestTeam();
/** The pub/sub listeners open now, by topic: counted around the process's real pub/sub. */
const listening = new Map<string, number>();

beforeAll(async () => {
  const { pubsub } = server.services.live;
  const listen = pubsub.listen.bind(pubsub);
  pubsub.listen = (topic, handler) => {
    listening.set(topic, (listening.get(topic) ?? 0) + 1);
    const stop = listen(topic, handler);
    let stopped = false;
    return () => {
      if (!stopped) listening.set(topic, listening.get(topic)! - 1);
      stopped = true;
      stop();
    };
  };
});

const ignore = { next: () => undefined, error: () => undefined, complete: () => undefined };

/** Each subscription, started on a client (it returns its unsubscribe), and the pub/sub topic it listens to. */
const SUBSCRIPTIONS = [
  { start: (client: Client) => subscribe(client, LIVE_SECTION_UPDATED, { s: team.sectionIds[0] }, ignore), topic: () => `section:${team.sectionIds[0]}` },
  { start: (client: Client) => subscribe(client, SUBSCRIPTION_LISTENERS_PRESENCE_UPDATED, { e: team.entryId }, ignore), topic: () => 'presence' },
  { start: (client: Client) => subscribe(client, ENTRY_EVENTS, { e: team.entryId }, ignore), topic: () => `entry:${team.entryId}` },
];

describe('a subscription the client ends', () => {
  it('stops listening to its topic at once, without waiting for an event', async () => {
    const client = webSocket({ cookie: team.members.NURSE.client.cookie!, origin: server.url }, { lazy: false });
    const topics = SUBSCRIPTIONS.map((s) => s.topic());
    const before = topics.map((topic) => listening.get(topic) ?? 0);
    const unsubscribes = SUBSCRIPTIONS.map((s) => s.start(client));
    await expect.poll(() => topics.map((topic) => listening.get(topic) ?? 0), { timeout: 5_000, interval: 20 }).toEqual(before.map((n) => n + 1));

    // Nothing is published from here on: only `return` can release the listeners.
    for (const unsubscribe of unsubscribes) unsubscribe();
    await expect.poll(() => topics.map((topic) => listening.get(topic) ?? 0), { timeout: 1_000, interval: 20 }).toEqual(before);
  });
});
