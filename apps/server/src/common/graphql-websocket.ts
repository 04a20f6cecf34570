import type { IncomingMessage, Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { authenticate, type Credentials } from '../auth/authenticate.js';
import type { Config } from '../config.js';
import type { Context, Viewer } from './context.js';
import { formatApiError } from './format-error.js';
import { subscribeSharingResults } from './shared-subscription-results.js';

type Extra = { request: IncomingMessage; viewer?: { at: number; viewer: Viewer | undefined } };

/** How long a connection trusts the session or token it checked (logging out ends it at the latest then). */
const RECHECK_MS = 10_000;
const DOCUMENT_CACHE = 500;

/**
 * GraphQL over the WebSocket at /graphql (graphql-ws), for subscriptions and for the queries
 * and mutations a browser sends on the connection it listens on. Editors send many small
 * operations, so parsed and validated documents are cached, and the connection's
 * credentials are checked at most every few seconds rather than on each operation.
 */
export function serveGraphQLOverWebSocket(options: {
  httpServer: Server;
  schema: GraphQLSchema;
  orm: MikroORM;
  config: Config;
  rules: ValidationRule[];
  contextFor: (viewer: Viewer | undefined, ip: string) => Context;
}) {
  const { httpServer, schema, orm, config, rules, contextFor } = options;
  // Room for the largest update (1 MB by default) once base64-encoded, and no more.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: Math.ceil(config.maxUpdateBytes * 1.4) + 64 * 1024 });
  const documents = new Map<string, DocumentNode>();
  const valid = new WeakSet<DocumentNode>();
  const format = (e: Parameters<typeof formatApiError>[1] & { toJSON(): never }) => formatApiError(e.toJSON(), e, config.development);

  const cleanup = useServer<Record<string, unknown>, Extra>(
    {
      schema,
      // Parsed and validated here rather than by graphql-ws, so that a query that does not
      // parse or validate gets its code, as over HTTP, instead of closing the connection
      // (a syntax error) or reading as an internal error.
      onSubscribe: (_ctx, _id, { query, operationName, variables }) => {
        let document = documents.get(query);
        if (!document) {
          try {
            document = parse(query);
          } catch (error) {
            if (error instanceof GraphQLError) return [withCode(error, 'GRAPHQL_PARSE_FAILED')];
            throw error;
          }
          if (documents.size >= DOCUMENT_CACHE) documents.delete(documents.keys().next().value!);
          documents.set(query, document);
        }
        if (!valid.has(document)) {
          const errors = validate(schema, document, [...specifiedRules, ...rules]);
          if (errors.length > 0) return errors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
          valid.add(document);
        }
        if (!getOperationAST(document, operationName)) {
          const message = operationName ? `Unknown operation named "${operationName}".` : 'Must provide operation name if query contains multiple operations.';
          return [new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })];
        }
        return { schema, document, operationName, variableValues: variables };
      },
      // Every subscriber to a section gets every keystroke: each is executed once for all of them.
      subscribe: subscribeSharingResults(new Set(['sectionUpdated'])),
      // Refuse the connection outright (4403) for a cross-site cookie or a bad token.
      onConnect: async (ctx) => {
        if (!sameOriginOrToken(ctx.extra.request, ctx.connectionParams, config.publicUrl)) return false;
        try {
          ctx.extra.viewer = { at: Date.now(), viewer: await authenticate(orm.em.fork(), credentials(ctx.extra.request, ctx.connectionParams)) };
          return true;
        } catch {
          return false;
        }
      },
      context: async (ctx) => {
        const checked = ctx.extra.viewer;
        if (!checked || Date.now() - checked.at > RECHECK_MS) {
          ctx.extra.viewer = { at: Date.now(), viewer: await authenticate(orm.em.fork(), credentials(ctx.extra.request, ctx.connectionParams)) };
        }
        return contextFor(ctx.extra.viewer!.viewer, ctx.extra.request.socket.remoteAddress ?? '');
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map((e) => format(e as never)) } : undefined),
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => format(e as never)),
    },
    wsServer,
  );
  return {
    async close() {
      await cleanup.dispose();
      wsServer.close();
    },
  };
}

const withCode = (error: GraphQLError, code: string) =>
  new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });

/** The `authorization` a client put in `connection_init`, if any (an empty one is none). */
const tokenIn = (params: Record<string, unknown> | undefined) => (typeof params?.authorization === 'string' && params.authorization !== '' ? params.authorization : undefined);

/** A connection that brings a token is that token's, never the cookie's as well. */
function credentials(request: IncomingMessage, params: Record<string, unknown> | undefined): Credentials {
  const authorization = tokenIn(params);
  return authorization ? { authorization } : { cookie: request.headers.cookie };
}

/**
 * A page on another origin must not ride on a person's cookie over a WebSocket (browsers send
 * cookies with cross-origin WebSocket upgrades within a site). Tokens in `connection_init` are
 * not at risk. The page's origin is this server's (the Host it was asked for), or the public
 * address, for a proxy in front that rewrites Host.
 */
function sameOriginOrToken(request: IncomingMessage, params: Record<string, unknown> | undefined, publicUrl: string): boolean {
  const origin = request.headers.origin;
  if (!origin || tokenIn(params)) return true;
  try {
    const from = new URL(origin);
    return from.origin === new URL(publicUrl).origin || from.host === request.headers.host;
  } catch {
    return false;
  }
}
