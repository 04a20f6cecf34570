import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { InProcessPubSub, iterate } from '../live/pubsub.js';
import { subscribeSharingResults } from './shared-subscription-results.js';

/** A schema with two subscriptions on one stream of events, counting how often each event's fields are resolved. */
function counting() {
  const events = new InProcessPubSub();
  const resolved = { shared: 0, perViewer: 0 };
  const Tick = new GraphQLObjectType({
    name: 'Tick',
    fields: {
      n: { type: GraphQLInt },
      seenBy: { type: GraphQLString, resolve: (_tick, _args, ctx: { viewer: string }) => ctx.viewer },
    },
  });
  const stream = () => iterate(events, 'tick');
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        shared: { type: Tick, subscribe: stream, resolve: (tick: object) => (resolved.shared++, tick) },
        perViewer: { type: Tick, subscribe: stream, resolve: (tick: object) => (resolved.perViewer++, tick) },
      },
    }),
  });
  return { events, resolved, schema, subscribe: subscribeSharingResults(new Set(['shared'])) };
}

async function open(setup: ReturnType<typeof counting>, query: string, viewer: string) {
  const iterator = (await setup.subscribe({ schema: setup.schema, document: parse(query), contextValue: { viewer } })) as AsyncIterableIterator<ExecutionResult>;
  return iterator;
}

describe('subscribeSharingResults', () => {
  it('executes an event once for every subscriber who asked the same, and per subscriber otherwise', async () => {
    const setup = counting();
    const sharedDoc = 'subscription { shared { n } }';
    const shared = await Promise.all(['ada', 'bea', 'cal'].map((v) => open(setup, sharedDoc, v)));
    const own = await Promise.all(['ada', 'bea'].map((v) => open(setup, 'subscription { perViewer { n seenBy } }', v)));
    const next = [...shared, ...own].map((s) => s.next());
    await setup.events.publish('tick', { n: 1 });
    const results = await Promise.all(next);
    expect(results.map((r) => r.value.data)).toEqual([
      { shared: { n: 1 } },
      { shared: { n: 1 } },
      { shared: { n: 1 } },
      { perViewer: { n: 1, seenBy: 'ada' } },
      { perViewer: { n: 1, seenBy: 'bea' } },
    ]);
    expect(setup.resolved).toEqual({ shared: 1, perViewer: 2 });
    await Promise.all([...shared, ...own].map((s) => s.return!()));
  });

  it('ends a subscription at once when asked, without waiting for another event', async () => {
    const setup = counting();
    const subscription = await open(setup, 'subscription { shared { n } }', 'ada');
    const pending = subscription.next();
    await subscription.return!();
    expect(await pending).toMatchObject({ done: true });
    await setup.events.publish('tick', { n: 2 }); // nobody is listening: nothing to resolve
    expect(setup.resolved.shared).toBe(0);
  });
});
