import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from './context.js';

/** A subscription needs a connection that stays open: over HTTP, say where it works instead of failing inside. */
export const refuseSubscriptionsOverHttp: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'subscription') {
          const message = 'Subscriptions work over the WebSocket at /graphql (the graphql-ws protocol), not over HTTP.';
          throw new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
      },
    };
  },
};
