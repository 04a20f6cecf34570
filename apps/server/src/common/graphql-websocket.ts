import type { IncomingMessage, Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Context as GraphQLWsContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { authenticate, type Credentials } from '../auth/authenticate.js';
import type { Config } from '../config.js';
import { ConnectionAccess, sessionEnded } from '../policy/connection-access.js';
import type { Revocations } from '../policy/revocations.js';
import type { Context, Viewer } from './context.js';
import { DocumentCache } from './document-cache.js';
import { DomainError, toGraphQLError } from './errors.js';
import { formatApiError } from './format-error.js';
import { maxRequestBytes } from './request-size.js';
import { costRefusal } from './query-cost.js';
import { subscribeSharingResults } from './shared-subscription-results.js';
import { enterRequest, logError, requestIdFrom } from './log.js';
import type { Metrics } from './metrics.js';

type Extra = { request: IncomingMessage; viewer?: { at: number; viewer: Viewer | undefined }; access?: ConnectionAccess };
type WsContext = GraphQLWsContext<Record<string, unknown>, Extra & { socket: WebSocket }>;

/**
 * GraphQL over the WebSocket at /graphql (graphql-ws), for subscriptions and for the queries
 * and mutations a browser sends on the connection it listens on. Editors send many small
 * operations, so parsed and validated documents are cached, and the connection's
 * credentials are not read again for each operation: a log-out or a revoked token ends the
 * connection's access when it happens, pushed from whichever process it happened on
 * (policy/connection-access.ts); re-reading them every QUORUM_SESSION_RECHECK_SECONDS is only
 * the safety net for revocations lost while Redis was unreachable.
 */
export function serveGraphQLOverWebSocket(options: {
  httpServer: Server;
  schema: GraphQLSchema;
  orm: MikroORM;
  config: Config;
  rules: ValidationRule[];
  revocations: Revocations;
  contextFor: (viewer: Viewer | undefined, ip: string) => Context;
  /** Counts errors answered (by code) for /metrics. */
  metrics?: Metrics;
}) {
  const { httpServer, schema, orm, config, rules, revocations, contextFor, metrics } = options;
  // Room for the largest update (1 MB by default) once base64-encoded, and no more: as over HTTP.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: maxRequestBytes(config.maxUpdateBytes) });
  const documents = new DocumentCache();
  const valid = new WeakSet<DocumentNode>();
  const format = (e: Parameters<typeof formatApiError>[1] & { toJSON(): never }) => {
    const formatted = formatApiError(e.toJSON(), e, config.development);
    metrics?.graphqlErrors.inc({ code: String(formatted.extensions?.code ?? 'UNKNOWN'), transport: 'websocket' });
    return formatted;
  };
  /** Open connections, for /metrics: their subscriptions are in each one's graphql-ws context. */
  const open = new Set<WsContext>();

  /** Parsed and validated (both cached), with its operation found; otherwise the errors to answer with. */
  function prepare(query: string, operationName: string | null | undefined): DocumentNode | GraphQLError[] {
    let document = documents.get(query);
    if (!document) {
      try {
        document = parse(query);
      } catch (error) {
        if (error instanceof GraphQLError) return [withCode(error, 'GRAPHQL_PARSE_FAILED')];
        throw error;
      }
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
    return document;
  }

  /**
   * The connection's viewer; throws UNAUTHENTICATED once its access has ended (see
   * ConnectionAccess), or as `authenticate` does (a revoked token). Read at connection, and
   * again when the last read is older than `sessionRecheckMs` (the safety net).
   */
  async function viewerOf(ctx: WsContext): Promise<Viewer | undefined> {
    const { access, viewer: checked } = ctx.extra;
    if (access?.ended) throw access.ended;
    if (checked && Date.now() - checked.at <= config.sessionRecheckMs) return checked.viewer;
    const since = revocations.mark(); // before reading: a revocation meanwhile still counts
    const viewer = await authenticate(orm.em.fork(), credentials(ctx.extra.request, ctx.connectionParams)).catch((error: unknown) => {
      if (error instanceof DomainError) access?.end(error);
      throw error;
    });
    if (checked?.viewer && viewer?.user.id !== checked.viewer.user.id) {
      access?.end(sessionEnded());
      throw access?.ended ?? sessionEnded();
    }
    ctx.extra.viewer = { at: Date.now(), viewer };
    if (!access && viewer) {
      ctx.extra.access = new ConnectionAccess(revocations, since, viewer);
      if (ctx.extra.socket.readyState > ctx.extra.socket.OPEN) ctx.extra.access.close(); // closed while we read
    }
    return viewer;
  }

  const cleanup = useServer<Record<string, unknown>, Extra>(
    {
      schema,
      // The credentials, the parse and the validation are checked here rather than by
      // graphql-ws, so that a refusal is an answer with its code, as over HTTP, instead of a
      // closed connection (a syntax error, a revoked token) or an internal error.
      onSubscribe: async (ctx, _id, { query, operationName, variables }) => {
        try {
          await viewerOf(ctx);
        } catch (error) {
          if (error instanceof DomainError) return [toGraphQLError(error)];
          // Thrown on, graphql-ws would log it whole (a statement's values): answered and logged as any internal error.
          return [new GraphQLError('Unexpected error.', { originalError: error as Error })];
        }
        const document = prepare(query, operationName);
        if (Array.isArray(document)) return document;
        const refusal = costRefusal(schema, document, operationName, variables);
        return refusal ? [refusal] : { schema, document, operationName, variableValues: variables };
      },
      // Every subscriber to a section gets every keystroke: each is executed once for all of them.
      subscribe: subscribeSharingResults(new Set(['sectionUpdated', 'sectionRelay'])),
      // Refuse the connection outright (4403) for a cross-site cookie or a bad token, saying why.
      onConnect: async (ctx) => {
        if (!sameOriginOrToken(ctx.extra.request, ctx.connectionParams, config.publicUrl)) return false;
        try {
          await viewerOf(ctx);
          open.add(ctx as WsContext);
          return true;
        } catch (error) {
          if (error instanceof DomainError) ctx.extra.socket.close(4403, error.message.slice(0, 120));
          return false;
        }
      },
      context: (ctx) => {
        const context = contextFor(ctx.extra.viewer?.viewer, ctx.extra.request.socket.remoteAddress ?? '');
        const userId = context.viewer?.userId;
        // Open subscriptions end with the connection's access (policy/still-allowed.ts).
        context.connection = ctx.extra.access;
        context.stillSignedIn = async () => (await viewerOf(ctx).catch(() => undefined))?.userId === userId;
        return context;
      },
      onClose: (ctx) => {
        open.delete(ctx as WsContext);
        ctx.extra.access?.close();
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map((e) => format(e as never)) } : undefined),
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => format(e as never)),
    },
    wsServer,
  );
  // A message over maxPayload is the client's doing: ws closes its connection (1009, "message
  // too big"). graphql-ws would also log it with a stack as an internal error, which lets
  // anyone flood the log; only errors of our own are worth a line.
  wsServer.on('connection', (socket) => {
    // Each message (an operation, mostly) is a request of its own in the log: every line
    // logged while it is handled carries its id. Ahead of graphql-ws's own listener.
    socket.prependListener('message', () => enterRequest(requestIdFrom(undefined)));
    socket.removeAllListeners('error');
    socket.on('error', (error: Error & { code?: string }) => {
      if (!error.code?.startsWith('WS_ERR_')) logError('WebSocket error', error);
    });
  });
  return {
    /** For /metrics: open connections, and the subscriptions open on them (graphql-ws holds an operation's stream there until it ends). */
    stats() {
      let subscriptions = 0;
      for (const ctx of open) subscriptions += Object.values(ctx.subscriptions).filter(Boolean).length;
      return { connections: wsServer.clients.size, subscriptions };
    },
    async close() {
      await cleanup.dispose();
      wsServer.close();
    },
  };
}

const withCode = (error: GraphQLError, code: string) =>
  new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });

/**
 * The `authorization` a client put in `connection_init`, or else on the upgrade request (as
 * scripts can; browsers cannot), if any (an empty one is none).
 */
function tokenIn(request: IncomingMessage, params: Record<string, unknown> | undefined): string | undefined {
  const given = typeof params?.authorization === 'string' && params.authorization !== '' ? params.authorization : request.headers.authorization;
  return given || undefined;
}

/** A connection that brings a token is that token's, never the cookie's as well. */
function credentials(request: IncomingMessage, params: Record<string, unknown> | undefined): Credentials {
  const authorization = tokenIn(request, params);
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
  if (!origin || tokenIn(request, params)) return true;
  try {
    const from = new URL(origin);
    return from.origin === new URL(publicUrl).origin || from.host === request.headers.host;
  } catch {
    return false;
  }
}
