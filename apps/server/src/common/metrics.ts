import { timingSafeEqual } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { UpdateLog } from '../live/update-log.js';

/**
 * What an operator watches, in Prometheus' text format at /metrics (prom-client). One registry
 * per server (AppServices.metrics), never prom-client's global one, so that several servers in one
 * process (the tests) each count their own. Labels are kinds, never values: a route's shape, a
 * GraphQL error code, a transport; no id, name or text.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'quorum_http_requests_total',
    help: 'HTTP requests answered, by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'quorum_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route.',
    labelNames: ['route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly graphqlErrors = new Counter({
    name: 'quorum_graphql_errors_total',
    help: 'Errors in GraphQL answers, by extensions.code and transport (http or websocket).',
    labelNames: ['code', 'transport'] as const,
    registers: [this.registry],
  });
  readonly editCommit = new Histogram({
    name: 'quorum_edit_commit_seconds',
    help: 'A live edit from its arrival at the update log to its commit (acknowledged only then), waits in its section’s queue included.',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly groupCommitUpdates = new Histogram({
    name: 'quorum_edit_group_commit_updates',
    help: 'Live edits committed together in one statement (group commit, live/group-commit.ts).',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers: [this.registry],
  });
  readonly groupCommitSections = new Histogram({
    name: 'quorum_edit_group_commit_sections',
    help: 'Sections whose edits one group-commit statement carried.',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200],
    registers: [this.registry],
  });

  constructor(sources: { orm: MikroORM; webSocket: () => { connections: number; subscriptions: number } | undefined }) {
    // Node's own: event-loop lag (nodejs_eventloop_lag_*), heap, resident memory, CPU, handles.
    collectDefaultMetrics({ register: this.registry });
    const { orm, webSocket } = sources;
    // A gauge read when /metrics is asked for.
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read());
        },
      });
    gauge('quorum_websocket_connections', 'Open GraphQL WebSocket connections.', () => webSocket()?.connections ?? 0);
    gauge('quorum_active_subscriptions', 'GraphQL subscriptions open over WebSockets.', () => webSocket()?.subscriptions ?? 0);
    gauge('quorum_db_pool_waiting', 'Database work waiting for a connection from the pool (the embedded database has one connection).', () => pool(orm)?.numPendingAcquires() ?? 0);
    gauge('quorum_db_pool_in_use', 'Database connections in use.', () => pool(orm)?.numUsed() ?? 0);
  }

  /** Counts each request once answered; `route` is its shape (/graphql, /healthz, an export), never its path. */
  countRequests() {
    return (req: Request, res: Response, next: () => void) => {
      const started = performance.now();
      res.once('finish', () => {
        const route = routeOf(pathOf(req));
        this.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
        this.httpDuration.observe({ route }, (performance.now() - started) / 1000);
      });
      next();
    };
  }

  /**
   * GET /metrics. Without QUORUM_METRICS_TOKEN, only to a request made on this machine (loopback,
   * and not relayed by a proxy on it: X-Forwarded-For or Forwarded says so); with it, only to a
   * request that brings it (`Authorization: Bearer <token>`), from anywhere.
   */
  serve(token: string | undefined) {
    return async (req: Request, res: Response) => {
      res.set('Cache-Control', 'no-store');
      if (!(token ? bearerMatches(req.headers.authorization, token) : fromThisMachine(req))) {
        res
          .status(token ? 401 : 403)
          .type('text/plain')
          .send(token ? 'Send QUORUM_METRICS_TOKEN as a bearer token.\n' : 'Only served on this machine, or set QUORUM_METRICS_TOKEN.\n');
        return;
      }
      res.type(this.registry.contentType).send(await this.registry.metrics());
    };
  }

  close(): void {
    this.registry.clear();
  }
}

interface Pool {
  numPendingAcquires(): number;
  numUsed(): number;
}

/** The connection pool under MikroORM (knex's tarn pool), if it is there to ask. */
function pool(orm: MikroORM): Pool | undefined {
  try {
    const candidate = (orm.em.getConnection().getKnex() as unknown as { client?: { pool?: Partial<Pool> } }).client?.pool;
    return typeof candidate?.numPendingAcquires === 'function' && typeof candidate.numUsed === 'function' ? (candidate as Pool) : undefined;
  } catch {
    return undefined; // closing
  }
}

/** The path asked for, without its query string; once answered, `req.path` is relative to the router that answered (`/` for /graphql). */
export function pathOf(req: Request): string {
  return req.originalUrl.split('?')[0];
}

/**
 * The web app's pages whose address carries a secret (a password reset link, an invitation
 * link, an unsubscribe link, all sent by email): logged with the secret replaced, as anyone
 * who reads the log must not be able to use the link.
 */
const SECRET_PAGES = /^\/(reset-password|invitations|unsubscribe)\/[^/]+/;

/** The path as the request log writes it: the app's scripts as one, a secret in a link's path as `:token`. */
export function loggedPath(path: string): string {
  if (path.startsWith('/assets/')) return '/assets';
  return path.replace(SECRET_PAGES, '/$1/:token');
}

function routeOf(path: string): string {
  if (path === '/graphql' || path === '/healthz' || path === '/metrics' || path === '/backup') return path;
  if (/^\/entries\/[^/]+\/export\.\w+$/.test(path)) return '/entries/:id/export';
  if (path.startsWith('/assets/')) return '/assets';
  return 'other';
}

/** A request made on this machine (loopback), and not relayed by a proxy on it (X-Forwarded-For or Forwarded says so). */
export function fromThisMachine(req: Request): boolean {
  const address = req.socket.remoteAddress ?? '';
  const loopback = address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
  return loopback && req.headers['x-forwarded-for'] === undefined && req.headers.forwarded === undefined;
}

/** Whether `Authorization: Bearer …` brings `token` (compared in constant time). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The update log, timing each edit from its arrival to its commit (quorum_edit_commit_seconds) and measuring its group commits. */
export class ObservedUpdateLog extends UpdateLog {
  constructor(
    private readonly metrics: Metrics,
    ...[orm, store, pubsub]: ConstructorParameters<typeof UpdateLog>
  ) {
    super(orm, store, pubsub, (sections, updates) => {
      metrics.groupCommitSections.observe(sections);
      metrics.groupCommitUpdates.observe(updates);
    });
  }

  override async append(...args: Parameters<UpdateLog['append']>): ReturnType<UpdateLog['append']> {
    const arrived = performance.now();
    const appended = await super.append(...args);
    this.metrics.editCommit.observe((performance.now() - arrived) / 1000);
    return appended;
  }
}
