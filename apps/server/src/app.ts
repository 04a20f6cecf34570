import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import { Redis } from 'ioredis';
import { graphql } from 'graphql';
import { auditKey, useAuditKey } from './audit/audit-hash.js';
import { authenticate, SESSION_COOKIE } from './auth/authenticate.js';
import { User } from './auth/user.entity.js';
import { createAttemptLimiters } from './auth/attempt-limits.js';
import { SsoClient } from './auth/sso/sso-client.js';
import { serveSingleSignOn } from './auth/sso/sso.routes.js';
import type { AppServices, Context, SessionCookie, Viewer } from './common/context.js';
import { requestEntityManager } from './common/unit-of-work.js';
import { DocumentCache } from './common/document-cache.js';
import { serveGraphQLOverWebSocket } from './common/graphql-websocket.js';
import { formatApiError } from './common/format-error.js';
import { apolloLogger, inRequest, log, logError, requestIdFrom, setLogLevel } from './common/log.js';
import { loggedPath, Metrics, ObservedUpdateLog, pathOf } from './common/metrics.js';
import { maxRequestBytes } from './common/request-size.js';
import { refuseCostlyOperations } from './common/query-cost.js';
import { securityHeaders } from './common/security-headers.js';
import { refuseSubscriptionsOverHttp } from './common/subscriptions-over-http.js';
import { createLoaders } from './common/loaders.js';
import { listenHost, type Config } from './config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './database/embedded-postgres.js';
import { serveBackup, writeBackupKey } from './database/backup.js';
import { errorMessage, openDatabase } from './database/orm.js';
import { serveExports } from './export/export.route.js';
import { writeDemoContent } from './demo/demo-content.js';
import { demoAccountsExist, demoEntryAwaitsContent, seedDemo, type DemoLogin } from './demo/seed-demo.js';
import { scheduleCompaction } from './live/compaction.js';
import { IdleRevisions } from './live/idle-revisions.js';
import { DocumentStore } from './live/document-store.js';
import { PresenceTracker } from './live/presence.js';
import { InProcessPubSub, RedisPubSub } from './live/pubsub.js';
import { Revocations } from './policy/revocations.js';
import { quorumSchema } from './schema.js';
import { BUILT_IN_TEMPLATES_DIR, installTemplates, readTemplates } from './templates/template.service.js';
import { SectionAccessReader } from './sections/section-access.js';
import { SignOffChecks } from './sign-off/stale-sign-offs.js';
import { DomainError, toGraphQLError } from './common/errors.js';
import { MailWorker } from './mail/outbox-worker.js';

export interface RunningServer {
  url: string;
  port: number;
  orm: MikroORM;
  /** The process's shared parts (document store, pub/sub, presence), for tests and benchmarks. */
  services: AppServices;
  /** Log-ins of the demo team, when this start seeded it. */
  demoLogins?: DemoLogin[];
  /** The address listened on: loopback by default while demo accounts exist (config.listenHost). */
  host: string;
  /** Whether the database holds demo accounts, whose password is public. */
  demoAccounts: boolean;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Every SQL statement, for the benchmarks' counts. */
  onQuery?: (sql: string) => void;
  /** A dump to start a throwaway embedded database (memory://) from: the tests' migrated template (test-support/embedded-template.ts). */
  embeddedFrom?: string;
}

/** Starts the whole product: database (embedded or external), migrations, templates, GraphQL over HTTP and WebSocket, and the web app. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  // Each part, once started, adds how to stop it; stop() runs them last first, and a start that
  // fails half-way (a port in use, Redis down) stops what it had started, the database cleanly.
  // A part that fails to stop does not keep the rest running: the database still closes.
  const stops: (() => unknown)[] = [];
  const stop = async () => {
    let first: unknown;
    while (stops.length > 0) {
      try {
        await stops.pop()!();
      } catch (error) {
        first ??= error;
      }
    }
    if (first !== undefined) throw first;
  };
  try {
    return { ...(await startParts(config, options, (part) => stops.push(part))), stop };
  } catch (error) {
    await stop().catch(() => undefined); // the first error is the one to report
    throw error;
  }
}

async function startParts(config: Config, options: StartOptions, onStop: (stop: () => unknown) => void): Promise<Omit<RunningServer, 'stop'>> {
  setLogLevel(config.logLevel);
  // Read first: a template that does not parse stops the start before the database is touched.
  const templates = [...readTemplates(BUILT_IN_TEMPLATES_DIR), ...(config.templatesDir ? readTemplates(config.templatesDir) : [])];
  const embedded: EmbeddedPostgres | undefined = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres(config.dataDir, options.embeddedFrom).catch((error: Error) => {
        throw new Error(`The embedded database in ${config.dataDir} (QUORUM_DATA_DIR) could not be started: ${error.message}`, { cause: error });
      });
  if (embedded) onStop(() => embedded.stop());
  // The key backup.js brings to POST /backup (database/backup.ts), new at each start.
  const backupKey = embedded ? writeBackupKey(config.dataDir) : undefined;
  let demoLogins: DemoLogin[] | undefined;
  const orm = await openDatabase(
    {
      url: config.databaseUrl ?? embedded!.url,
      singleConnection: !!embedded,
      onQuery: options.onQuery,
      name: config.databaseUrl ? `The database in DATABASE_URL (${withoutPassword(config.databaseUrl)})` : `The embedded database in ${config.dataDir}`,
    },
    // Under the migrations' lock: two processes starting on a new database would both insert them.
    async (orm) => {
      // First: anything written from here on (seeding included) keys its audit records with it.
      useAuditKey(orm, config.auditKey ? auditKey(config.auditKey) : undefined);
      await installTemplates(orm.em.fork(), templates);
      if (config.seedDemo) demoLogins = await seedDemo(orm.em.fork());
    },
  );
  onStop(() => orm.close(true));

  const pubsub = config.redisUrl ? new RedisPubSub(config.redisUrl) : new InProcessPubSub();
  onStop(() => pubsub.close());
  // A connection of its own for /healthz, which reports its errors.
  const healthRedis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1 }).on('error', () => {}) : undefined;
  if (healthRedis) onStop(() => healthRedis.disconnect());
  if (pubsub instanceof RedisPubSub) {
    await pubsub.ready().catch((error: Error) => {
      throw new Error(`Redis in REDIS_URL (${withoutPassword(config.redisUrl!)}) could not be reached: ${error.message}`, { cause: error });
    });
  }
  const store = new DocumentStore(orm, config.documentIdleMs);
  onStop(() => store.close());
  const presence = new PresenceTracker(pubsub, config.presenceTimeoutMs);
  onStop(() => presence.close());
  // eslint-disable-next-line prefer-const -- the metrics read the WebSocket server's counts once it is made (below)
  let graphqlWs: ReturnType<typeof serveGraphQLOverWebSocket> | undefined;
  const metrics = new Metrics({ orm, webSocket: () => graphqlWs?.stats() });
  onStop(() => metrics.close());
  // eslint-disable-next-line prefer-const -- a paused section's revision is saved through the services (made below)
  let services: AppServices;
  const idleRevisions = new IdleRevisions(config.revisionIdleMs, (sectionId) => scheduleCompaction(services, sectionId, 'pause'));
  onStop(() => idleRevisions.close());
  const live = { orm, pubsub, store, log: new ObservedUpdateLog(metrics, orm, store, pubsub), presence, compacting: new Set<string>(), idleRevisions };
  const attemptLimiters = createAttemptLimiters(config.redisUrl);
  onStop(() => attemptLimiters.close());
  const revocations = new Revocations(pubsub);
  onStop(() => revocations.close());
  services = {
    config,
    attemptLimiters,
    live,
    revocations,
    metrics,
    sectionAccess: new SectionAccessReader(orm, revocations),
    signOffChecks: new SignOffChecks(() => services),
    mail: new MailWorker(orm, config, () => services),
    sso: config.sso ? new SsoClient(config.sso, `${config.publicUrl}/auth/sso/callback`) : undefined,
  };
  // Mail queued before a stop (or a crash) goes now; stopped before the database closes.
  services.mail.start();
  onStop(() => services.mail.stop());
  const schema = await quorumSchema();
  const armor = new ApolloArmor({
    // Depth of fields as the query nests them: a fragment spread is not a level (colocated
    // fragments, CommentThread > CommentParts > CommentByline, took EntryComments to 13 otherwise).
    maxDepth: { n: 12, flattenFragments: true },
    // __typename too: 20,000 aliases of it were accepted.
    maxAliases: { n: 30, allowList: [] },
    // Cost is counted with the variables' values instead, before execution (common/query-cost.ts).
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !config.development },
    // Its parser wrapper reports syntax errors as HTTP 500; the 2 MB body limit bounds parsing instead.
    maxTokens: { enabled: false },
  }).protect();

  function contextWith(em: EntityManager, viewer: Viewer | undefined, ip: string, sessionCookie?: SessionCookie): Context {
    return { em, viewer, loaders: createLoaders(em, live.store, viewer?.userId), app: services, ip, sessionCookie };
  }

  /**
   * A WebSocket operation's context. Most operations there are edits, a thousand a second with
   * many people typing, and an edit uses none of the EntityManager fork, the 22 loaders or the
   * viewer's user entity: they are made on first use (in a saturated server's profile they were
   * an eighth of what each edit allocated). The connection checked its credentials with another
   * EntityManager, so `viewer.user` is this operation's own copy, merged into its fork when read.
   */
  function lazyContext(connectionViewer: Viewer | undefined, ip: string): Context {
    let em: EntityManager | undefined;
    let loaders: Context['loaders'] | undefined;
    let user: User | undefined;
    const emOf = () => (em ??= requestEntityManager(orm));
    const viewer = connectionViewer && {
      ...connectionViewer,
      get user(): User {
        const { id, email, name, createdAt } = connectionViewer.user;
        return (user ??= emOf().merge(User, { id, email, name, createdAt }));
      },
    };
    return {
      viewer,
      app: services,
      ip,
      get em() {
        return emOf();
      },
      get loaders() {
        return (loaders ??= createLoaders(emOf(), live.store, viewer?.userId));
      },
      set loaders(value) {
        loaders = value; // inTransaction closes them while it runs
      },
    };
  }

  // At the first start; or at a later one, if the first stopped before the content was written.
  if (config.seedDemo && config.demoContent && (demoLogins || (await demoEntryAwaitsContent(orm.em.fork())))) {
    await writeDemoContent(async (email, query, variables) => {
      const em = requestEntityManager(orm);
      const user = await em.findOneOrFail(User, { email });
      const result = await graphql({ schema, source: query, variableValues: variables, contextValue: contextWith(em, { user, userId: user.id }, '127.0.0.1') });
      if (result.errors?.length) throw new Error(`${result.errors[0].message} (${query.slice(0, 60)}…)`);
      return result.data;
    }).catch((error) => log().error(`The demo entry’s content could not be written: ${errorMessage(error)}`));
  }

  const app = express();
  app.disable('x-powered-by');
  // Behind a load balancer every request comes from its address: read the client's from
  // X-Forwarded-For instead (for the log-in limits), trusting only the proxies configured.
  app.set('trust proxy', config.trustProxies);
  const httpServer = createServer(app);
  // graphqlWs (above) is attached once the port is ours (below): it would take a busy port's error as its own.

  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    documentStore: new DocumentCache().forApollo(),
    introspection: true,
    includeStacktraceInErrorResponses: config.development,
    formatError: (formatted, error) => {
      const answered = formatApiError(formatted, error, config.development);
      metrics.graphqlErrors.inc({ code: String(answered.extensions?.code ?? 'UNKNOWN'), transport: 'http' });
      return answered;
    },
    // Apollo logs some errors whole (`${error}`: a statement and its values): see common/log.ts.
    logger: apolloLogger,
    // Its handlers would stop Apollo and then kill the process before the rest is closed: main.ts stops it all.
    stopOnTerminationSignals: false,
    plugins: [
      // graphql-armor's types come from Apollo's CommonJS build; the plugins are the same objects.
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      refuseSubscriptionsOverHttp,
      refuseCostlyOperations<Context>(schema),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await graphqlWs?.close();
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  onStop(() => apollo.stop());

  // Every request gets an id (a proxy's X-Request-Id if it sent a plain one), answered in
  // X-Request-Id and carried by every log line written while it is handled; once answered, one
  // line says its method, route, status and time (never its query string, body or headers).
  app.use((req, res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.set('X-Request-Id', requestId);
    const started = performance.now();
    res.once('finish', () => {
      const path = pathOf(req);
      inRequest(requestId, () => log().info({ method: req.method, path: loggedPath(path), status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request'));
    });
    inRequest(requestId, next);
  });
  app.use(metrics.countRequests());
  app.use(securityHeaders(config.publicUrl));
  // gzip for the app's scripts and styles and for large GraphQL answers (an entry with its sections).
  app.use(compression());
  app.get('/metrics', metrics.serve(config.metricsToken));
  serveBackup(app, { orm, embedded, key: backupKey });
  app.get('/healthz', async (_req, res) => {
    const problem = await healthProblem(orm, healthRedis);
    res.set('Cache-Control', 'no-store');
    if (problem) res.status(503).json({ ok: false, problem });
    else res.json({ ok: true });
  });
  app.use(
    '/graphql',
    express.json({ limit: maxRequestBytes(config.maxUpdateBytes) }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = requestEntityManager(orm);
        // A refusal here (a bad token) comes before any resolver: Apollo answers it with its HTTP status.
        const viewer = await authenticate(em, { cookie: req.headers.cookie, authorization: req.headers.authorization }).catch((error: unknown) => {
          throw error instanceof DomainError ? toGraphQLError(error, { withStatus: true }) : error;
        });
        return contextWith(em, viewer, req.ip ?? '', cookieJar(res, config));
      },
    }),
  );
  // Before the web app, whose catch-all would answer these paths with index.html.
  serveSingleSignOn(app, services.sso, async (req, res) => {
    const em = requestEntityManager(orm);
    return contextWith(em, await authenticate(em, { cookie: req.headers.cookie }), req.ip ?? '', cookieJar(res, config));
  });
  serveExports(app, async (req) => {
    const em = requestEntityManager(orm);
    return contextWith(em, await authenticate(em, { cookie: req.headers.cookie }), req.ip ?? '');
  });
  serveWebApp(app, config.webDir);
  app.use(jsonErrors);

  const demoAccounts = await demoAccountsExist(orm.em.fork());
  const host = listenHost(config, demoAccounts);
  await listen(httpServer, config, host);
  graphqlWs = serveGraphQLOverWebSocket({
    httpServer,
    schema,
    orm,
    config,
    rules: armor.validationRules,
    revocations,
    metrics,
    contextFor: (viewer, ip) => lazyContext(viewer, ip),
  });
  const { port } = httpServer.address() as AddressInfo;
  return { url: `http://localhost:${port}`, port, orm, services, demoLogins, host, demoAccounts };
}

/** Resolves once the server listens; a port in use or not allowed fails the start and says so. */
function listen(httpServer: Server, config: Config, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const message =
        error.code === 'EADDRINUSE'
          ? `Port ${config.port} is already in use: stop what is using it, or set PORT to another port.`
          : `Could not listen on ${host}, port ${config.port} (HOST, PORT): ${error.message}`;
      reject(new Error(message, { cause: error }));
    };
    httpServer.once('error', failed);
    httpServer.listen(config.port, host, () => {
      httpServer.off('error', failed);
      resolve();
    });
  });
}

const HEALTH_TIMEOUT_MS = 2000;

/**
 * For a load balancer or orchestrator: can this process reach its database, and Redis when it
 * has one? The answer names which failed; the details (addresses, driver errors) go to the log.
 */
async function healthProblem(orm: MikroORM, redis: Redis | undefined): Promise<string | undefined> {
  try {
    await within(HEALTH_TIMEOUT_MS, orm.em.getConnection().execute('select 1'));
  } catch (error) {
    log().error(`/healthz: the database did not answer: ${errorMessage(error)}`);
    return 'The database did not answer.';
  }
  if (!redis) return undefined;
  try {
    await within(HEALTH_TIMEOUT_MS, redis.ping());
  } catch (error) {
    log().error(`/healthz: Redis did not answer: ${errorMessage(error)}`);
    return 'Redis did not answer.';
  }
  return undefined;
}

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** A database or Redis URL as it may be shown in a message: the password left out. */
function withoutPassword(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}

function cookieJar(res: Response, config: Config): SessionCookie {
  const options = { httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies, path: '/' };
  return {
    set: (secret, expiresAt) => res.cookie(SESSION_COOKIE, secret, { ...options, expires: expiresAt }),
    clear: () => res.clearCookie(SESSION_COOKIE, options),
  };
}

function serveWebApp(app: express.Express, webDir: string) {
  if (!existsSync(join(webDir, 'index.html'))) return;
  // Vite names built scripts and styles by their content: a browser may keep them for good.
  app.use('/assets', express.static(join(webDir, 'assets'), { immutable: true, maxAge: '1y' }), (_req, res) => res.sendStatus(404));
  app.use(express.static(webDir, { index: false, maxAge: '1h' }));
  // Client-side routes (e.g. /entries/…, /invitations/…) all load the app.
  app.get(/^\/(?!graphql).*/, (_req, res) => res.sendFile(join(webDir, 'index.html')));
}

/**
 * Malformed or oversized bodies get a GraphQL-shaped error with a code, like every other failure.
 * Anything else (a fault in an export, say) is ours: logged as a safe summary (express's own
 * handler would log the whole message, a statement's values and all) and answered 500.
 */
function jsonErrors(error: { type?: string; status?: number }, req: Request, res: Response, _next: NextFunction) {
  const fromBodyParser = typeof error.type === 'string';
  if (!fromBodyParser || res.headersSent) logError(`${req.method} ${req.path} failed`, error);
  if (res.headersSent) return void res.end();
  if (!fromBodyParser) {
    res.status(500).json({ errors: [{ message: 'Something went wrong on the server. Please try again.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    return;
  }
  const tooLarge = error.type === 'entity.too.large';
  const message = tooLarge ? 'The request body is too large.' : error.type === 'entity.parse.failed' ? 'The request body is not valid JSON.' : 'The request could not be read.';
  res.status(tooLarge ? 413 : (error.status ?? 400)).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}
