import { resolve } from 'node:path';

/** Everything the server reads from its environment, in one place (documented in the README). */
export interface Config {
  port: number;
  host: string;
  /** An external PostgreSQL; when unset, an embedded one (PGlite) is kept in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Redis for pub/sub across server processes; when unset, pub/sub is in-process. */
  redisUrl?: string;
  /** Public URL of the app, used in invitation links. */
  publicUrl: string;
  /** Development mode shows internal error messages; production never does. */
  development: boolean;
  /** Set the Secure flag on the session cookie (on by default when publicUrl is https). */
  secureCookies: boolean;
  sessionTtlHours: number;
  /** Extra folder of award templates (*.json) loaded beside the built-in ones. */
  templatesDir?: string;
  /** Seed the demo team and entry into an empty database. */
  seedDemo: boolean;
  /** With a newly seeded demo team: write the demo entry's text, evidence and comments too. */
  demoContent: boolean;
  /** Folder of the built web app to serve at /, if it exists. */
  webDir: string;
  /** Largest Yjs update accepted, in bytes. */
  maxUpdateBytes: number;
  /** Fold a section's update log into its snapshot (and save a revision) at this many updates... */
  compactEvery: number;
  /** ...or when this long has passed since the last revision. */
  revisionIntervalMs: number;
  /** Drop a section's document from memory when nobody has had it open for this long. */
  documentIdleMs: number;
  /** Someone not heard from for this long has left the entry. */
  presenceTimeoutMs: number;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  const publicUrl = env.QUORUM_PUBLIC_URL ?? `http://localhost:${port}`;
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.QUORUM_DATA_DIR ?? '.data'),
    redisUrl: env.REDIS_URL || undefined,
    publicUrl,
    development: env.NODE_ENV === 'development',
    secureCookies: env.QUORUM_SECURE_COOKIES ? env.QUORUM_SECURE_COOKIES === 'true' : publicUrl.startsWith('https:'),
    sessionTtlHours: Number(env.QUORUM_SESSION_TTL_HOURS ?? 24 * 7),
    templatesDir: env.QUORUM_TEMPLATES_DIR || undefined,
    seedDemo: env.QUORUM_SEED_DEMO !== 'false',
    demoContent: env.QUORUM_DEMO_CONTENT !== 'false',
    webDir: resolve(env.QUORUM_WEB_DIR ?? new URL('../../web/dist', import.meta.url).pathname),
    maxUpdateBytes: Number(env.QUORUM_MAX_UPDATE_BYTES ?? 1024 * 1024),
    compactEvery: Number(env.QUORUM_COMPACT_EVERY ?? 500),
    revisionIntervalMs: Number(env.QUORUM_REVISION_SECONDS ?? 300) * 1000,
    documentIdleMs: Number(env.QUORUM_DOCUMENT_IDLE_SECONDS ?? 60) * 1000,
    presenceTimeoutMs: Number(env.QUORUM_PRESENCE_TIMEOUT_SECONDS ?? 30) * 1000,
  };
}
