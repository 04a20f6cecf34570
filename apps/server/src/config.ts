import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { LOG_LEVELS, type LogLevel } from './common/log.js';
import { ssoConfigFromEnv, type SsoConfig } from './auth/sso/sso-config.js';

/** Everything the server reads from its environment, in one place (documented in the README). */
export interface Config {
  port: number;
  /** HOST as set; unset, see listenHost: loopback only while the demo accounts exist. */
  host?: string;
  /** An external PostgreSQL; when unset, an embedded one (PGlite) is kept in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Redis for pub/sub across server processes; when unset, pub/sub is in-process. */
  redisUrl?: string;
  /** Public URL of the app, used in invitation links. */
  publicUrl: string;
  /** How many proxies in front add X-Forwarded-For: log-in limits count by the address they report. */
  trustProxies: number;
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
  /** Largest a section's Yjs document may grow (its encoded state, what a new editor downloads), in bytes. */
  maxSectionBytes: number;
  /** Fold a section's update log into its snapshot (and save a revision) at this many updates... */
  compactEvery: number;
  /** ...or when this long has passed since the last revision. */
  revisionIntervalMs: number;
  /** A revision is saved once a section has had no edit for this long (live/idle-revisions.ts). */
  revisionIdleMs: number;
  /** Drop a section's document from memory when nobody has had it open for this long. */
  documentIdleMs: number;
  /** Someone not heard from for this long has left the entry. */
  presenceTimeoutMs: number;
  /**
   * Safety net only (log-outs, revoked tokens and removals are pushed: policy/revocations.ts):
   * an open WebSocket re-reads its session or token, and a subscription its membership, when
   * the last read is older than this, for revocations lost while Redis was unreachable.
   */
  sessionRecheckMs: number;
  /** QUORUM_AUDIT_KEY: keys the audit log's hash chain (HMAC-SHA256), so that rewriting it needs the key too. */
  auditKey?: string;
  /** QUORUM_LOG_LEVEL: the least a log line must be to be written (common/log.ts); info, or warn under NODE_ENV=test. */
  logLevel: LogLevel;
  /** QUORUM_METRICS_TOKEN: /metrics asks for it as a bearer token, from anywhere; unset, /metrics answers this machine only. */
  metricsToken?: string;
  /** Single sign-on (auth/sso/): QUORUM_OIDC_*; unset, people log in with passwords only. */
  sso?: SsoConfig;
  /** QUORUM_PASSWORD_LOGIN: whether log-in and sign-up with a password work (true unless set false; false needs single sign-on). */
  passwordLogin: boolean;
  /** Email (mail/): QUORUM_SMTP_URL and QUORUM_MAIL_FROM; unset, no mail is queued or sent and links are shared by hand. */
  mail?: MailConfig;
}

/** How mail leaves (mail/mailer.ts) and how often the outbox is read (mail/outbox-worker.ts). */
export interface MailConfig {
  /** smtp:// or smtps:// with any user and password, e.g. smtps://user:pass@smtp.example.nhs.uk:465. */
  smtpUrl: string;
  /** The From address, e.g. `Quorum <quorum@example.nhs.uk>`. */
  from: string;
  /** How often the outbox is read for mail due (QUORUM_MAIL_POLL_MS). */
  pollMs: number;
  /** The first retry's wait; each next one doubles it, up to six hours (QUORUM_MAIL_RETRY_MS). */
  retryMs: number;
  /** Longest a send may take before it is given up and retried; a claim older than twice this is taken again. */
  sendTimeoutMs: number;
  /** The hour (0-23, server time) the daily digest goes (QUORUM_MAIL_DIGEST_HOUR). */
  digestHour: number;
}

export const LOOPBACK = '127.0.0.1';

/**
 * The address to listen on: HOST when set; otherwise this computer only (loopback) while the
 * demo accounts, whose password is public, exist, and every interface once they do not.
 */
export function listenHost(config: Pick<Config, 'host'>, demoAccountsExist: boolean): string {
  return config.host ?? (demoAccountsExist ? LOOPBACK : '0.0.0.0');
}

/** A setting that is not valid; the message names each variable at fault and what it accepts. */
export class ConfigError extends Error {}

/**
 * Reads and checks every variable before anything starts (database, migrations, seeding), and
 * reports all that are wrong at once. A variable that is set must be valid: an empty or
 * mistyped value is an error, not a silent default. DATABASE_URL, REDIS_URL and
 * QUORUM_TEMPLATES_DIR are optional, and empty means unset.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];

  function integer(name: string, fallback: number, min: number, max: number, what: string): number {
    const given = env[name];
    if (given === undefined) return fallback;
    const value = /^\s*\d+\s*$/.test(given) ? Number(given) : NaN;
    if (value >= min && value <= max) return value;
    problems.push(`${name} must be ${what}; it is ${JSON.stringify(given)}.`);
    return fallback;
  }
  const positive = (name: string, fallback: number, unit: string) => integer(name, fallback, 1, Number.MAX_SAFE_INTEGER, `a whole number of ${unit}, 1 or more`);
  // In milliseconds. Timers take at most 2^31 - 1 ms; a longer one would fire at once.
  const duration = (name: string, fallbackSeconds: number) => integer(name, fallbackSeconds, 1, 2_147_483, 'a whole number of seconds from 1 to 2147483') * 1000;

  function flag(name: string, fallback: boolean): boolean {
    const given = env[name];
    if (given === undefined) return fallback;
    const word = given.trim().toLowerCase();
    if (['true', 'yes', '1'].includes(word)) return true;
    if (['false', 'no', '0'].includes(word)) return false;
    problems.push(`${name} must be true or false (or yes/no, 1/0); it is ${JSON.stringify(given)}.`);
    return fallback;
  }

  /** The URL in `name`; empty means unset when `optional`. Its value is not repeated in the message: it may hold a password. */
  function url(name: string, protocols: string[], what: string, optional: boolean): URL | undefined {
    const given = env[name];
    if (given === undefined || (given === '' && optional)) return undefined;
    try {
      const parsed = new URL(given);
      if (protocols.includes(parsed.protocol)) return parsed;
    } catch {
      // reported below
    }
    problems.push(`${name} must be ${what}.`);
    return undefined;
  }

  function nonEmpty(name: string, fallback: string, what: string): string {
    const value = env[name];
    if (value === undefined) return fallback;
    if (value.trim()) return value;
    problems.push(`${name} is empty: it must be ${what}, or unset for ${JSON.stringify(fallback)}.`);
    return fallback;
  }

  function folder(name: string): string | undefined {
    const value = env[name];
    if (!value) return undefined;
    if (existsSync(value) && statSync(value).isDirectory()) return resolve(value);
    problems.push(`${name} must be a folder that exists; ${resolve(value)} is not one.`);
    return undefined;
  }

  /** A secret; never repeated in a message. */
  function secret(name: string, minLength: number): string | undefined {
    const value = env[name];
    if (value === undefined) return undefined;
    if (value.length >= minLength) return value;
    problems.push(`${name} must be at least ${minLength} characters (e.g. \`openssl rand -hex 32\`), or unset; it has ${value.length}.`);
    return undefined;
  }

  function mailConfig(): MailConfig | undefined {
    const smtp = url('QUORUM_SMTP_URL', ['smtp:', 'smtps:'], 'an SMTP URL such as smtps://user:password@smtp.example.nhs.uk:465, or unset for no email', true);
    const from = env.QUORUM_MAIL_FROM?.trim();
    const settings = {
      pollMs: integer('QUORUM_MAIL_POLL_MS', 2000, 10, 3_600_000, 'a whole number of milliseconds from 10 to 3600000'),
      retryMs: integer('QUORUM_MAIL_RETRY_MS', 30_000, 10, 3_600_000, 'a whole number of milliseconds from 10 to 3600000'),
      sendTimeoutMs: duration('QUORUM_MAIL_SEND_TIMEOUT_SECONDS', 60),
      digestHour: integer('QUORUM_MAIL_DIGEST_HOUR', 7, 0, 23, 'an hour from 0 to 23'),
    };
    if (env.QUORUM_MAIL_FROM !== undefined && !from) problems.push('QUORUM_MAIL_FROM is empty: it must be the address mail comes from, such as Quorum <quorum@example.nhs.uk>.');
    if (!smtp) {
      if (from) problems.push('QUORUM_MAIL_FROM is set but QUORUM_SMTP_URL is not: set both to send email, or neither.');
      return undefined;
    }
    if (!from || !/^[^<>\s]+@[^<>\s]+$|<[^<>\s]+@[^<>\s]+>\s*$/.test(from)) {
      problems.push('QUORUM_MAIL_FROM must be the address mail comes from, such as Quorum <quorum@example.nhs.uk>, whenever QUORUM_SMTP_URL is set.');
      return undefined;
    }
    return { smtpUrl: smtp.toString(), from, ...settings };
  }

  function logLevel(): LogLevel {
    const fallback = env.NODE_ENV === 'test' ? 'warn' : 'info';
    const given = env.QUORUM_LOG_LEVEL?.trim().toLowerCase();
    if (!given) return fallback;
    if ((LOG_LEVELS as string[]).includes(given)) return given as LogLevel;
    problems.push(`QUORUM_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; it is ${JSON.stringify(env.QUORUM_LOG_LEVEL)}.`);
    return fallback;
  }

  const port = integer('PORT', 4000, 0, 65535, 'a whole number from 0 to 65535 (0 picks a free port)');
  const host = env.HOST?.trim() || undefined;
  if (env.HOST !== undefined && !host) problems.push('HOST is empty: it must be an address to listen on, such as 0.0.0.0 for every interface, or unset (see the README).');
  url('DATABASE_URL', ['postgres:', 'postgresql:'], 'a PostgreSQL URL such as postgresql://user:password@host:5432/quorum, or unset for the embedded database', true);
  url('REDIS_URL', ['redis:', 'rediss:'], 'a Redis URL such as redis://host:6379, or unset for in-process pub/sub', true);
  const publicUrl = url('QUORUM_PUBLIC_URL', ['http:', 'https:'], 'the http:// or https:// address people use, such as https://quorum.example.nhs.uk', false);
  // Without a trailing slash: invitation links add their own path.
  const publicAddress = publicUrl ? `${publicUrl.origin}${publicUrl.pathname.replace(/\/+$/, '')}` : `http://localhost:${port}`;

  const config: Config = {
    port,
    host,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(nonEmpty('QUORUM_DATA_DIR', '.data', 'a folder for the embedded database')),
    redisUrl: env.REDIS_URL || undefined,
    publicUrl: publicAddress,
    trustProxies: integer('QUORUM_TRUST_PROXIES', 0, 0, 10, 'the number of proxies in front that add X-Forwarded-For, from 0 to 10'),
    development: env.NODE_ENV === 'development',
    secureCookies: flag('QUORUM_SECURE_COOKIES', publicAddress.startsWith('https:')),
    sessionTtlHours: integer('QUORUM_SESSION_TTL_HOURS', 24 * 7, 1, 24 * 365 * 10, 'a whole number of hours from 1 to 87600 (ten years)'),
    templatesDir: folder('QUORUM_TEMPLATES_DIR'),
    seedDemo: flag('QUORUM_SEED_DEMO', true),
    demoContent: flag('QUORUM_DEMO_CONTENT', true),
    webDir: resolve(nonEmpty('QUORUM_WEB_DIR', new URL('../../web/dist', import.meta.url).pathname, 'the folder of the built web app')),
    maxUpdateBytes: positive('QUORUM_MAX_UPDATE_BYTES', 1024 * 1024, 'bytes'),
    // A 10,000-word section typed a key at a time, with a third of it rewritten, encodes to
    // about 170 KB: 2 MB leaves twelve times that. Measured in Chromium (a shared CI machine),
    // a section opens in 1.2 s at 240 KB, 2.2 s at 1 MB, 4.1 s at 2 MB; one of ~9 MB took 41 s.
    maxSectionBytes: positive('QUORUM_MAX_SECTION_BYTES', 2 * 1024 * 1024, 'bytes'),
    compactEvery: positive('QUORUM_COMPACT_EVERY', 500, 'updates'),
    revisionIntervalMs: duration('QUORUM_REVISION_SECONDS', 300),
    revisionIdleMs: duration('QUORUM_REVISION_IDLE_SECONDS', 30),
    documentIdleMs: duration('QUORUM_DOCUMENT_IDLE_SECONDS', 60),
    presenceTimeoutMs: duration('QUORUM_PRESENCE_TIMEOUT_SECONDS', 30),
    sessionRecheckMs: duration('QUORUM_SESSION_RECHECK_SECONDS', 60),
    auditKey: secret('QUORUM_AUDIT_KEY', 32),
    logLevel: logLevel(),
    metricsToken: secret('QUORUM_METRICS_TOKEN', 16),
    sso: ssoConfigFromEnv(env, problems),
    passwordLogin: flag('QUORUM_PASSWORD_LOGIN', true),
    mail: mailConfig(),
  };
  if (!config.passwordLogin && !config.sso && env.QUORUM_OIDC_ISSUER === undefined) {
    problems.push('QUORUM_PASSWORD_LOGIN is false but single sign-on is not set up (QUORUM_OIDC_ISSUER and the rest): nobody could log in.');
  }
  if (problems.length > 0) throw new ConfigError(`Quorum's settings are not valid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return config;
}
