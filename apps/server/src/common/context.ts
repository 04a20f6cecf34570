import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { ApiToken } from '../auth/api-token.entity.js';
import type { AttemptLimiters } from '../auth/attempt-limits.js';
import type { User } from '../auth/user.entity.js';
import type { Config } from '../config.js';
import type { DocumentStore } from '../live/document-store.js';
import type { PresenceTracker } from '../live/presence.js';
import type { PubSub } from '../live/pubsub.js';
import type { ConnectionAccess } from '../policy/connection-access.js';
import type { Revocations } from '../policy/revocations.js';
import type { UpdateLog } from '../live/update-log.js';
import type { Loaders } from './loaders.js';
import type { Metrics } from './metrics.js';
import type { Transaction } from './unit-of-work.js';
import type { SectionAccessReader } from '../sections/section-access.js';
import type { SignOffChecks } from '../sign-off/stale-sign-offs.js';
import type { MailWorker } from '../mail/outbox-worker.js';
import type { SsoClient } from '../auth/sso/sso-client.js';
import type { IdleRevisions } from '../live/idle-revisions.js';

/** Who is asking: a browser session or a personal API token. */
export interface Viewer {
  user: User;
  /** `user.id`, readable without `user`: on the WebSocket, reading `user` first merges it into the operation's EntityManager (app.ts). */
  userId: string;
  sessionId?: string;
  /** When the session ends by itself: an open WebSocket ends its access then (policy/connection-access.ts). */
  sessionExpiresAt?: Date;
  token?: ApiToken;
}

/** Cookie handling exists only for HTTP requests: a WebSocket cannot set cookies. */
export interface SessionCookie {
  set(secret: string, expiresAt: Date): void;
  clear(): void;
}

/** Long-lived parts shared by every request of one server process. */
export interface AppServices {
  config: Config;
  /** Limits on log-in guesses, sign-ups and sign-off password checks (shared through Redis when set). */
  attemptLimiters: AttemptLimiters;
  live: {
    orm: MikroORM;
    store: DocumentStore;
    log: UpdateLog;
    pubsub: PubSub;
    presence: PresenceTracker;
    /** Sections whose background compaction is under way (live/compaction.ts). */
    compacting: Set<string>;
    /** Saves a revision when editing of a section pauses (live/idle-revisions.ts). */
    idleRevisions: IdleRevisions;
  };
  /** Removals, log-outs and revoked tokens, pushed to every process (policy/revocations.ts). */
  revocations: Revocations;
  /** What /metrics reports (common/metrics.ts): this server's own registry. */
  metrics: Metrics;
  /** People's access to sections for live editing, briefly trusted, forgotten on revocation (sections/section-access.ts). */
  sectionAccess: SectionAccessReader;
  /** Sign-offs an edit made stale or current again, settled after the edit (sign-off/stale-sign-offs.ts). */
  signOffChecks: SignOffChecks;
  /** The mail outbox's worker, closing-date reminders and daily digests; `enabled` when QUORUM_SMTP_URL is set (mail/outbox-worker.ts). */
  mail: MailWorker;
  /** Single sign-on's client of the identity provider, when QUORUM_OIDC_ISSUER is set (auth/sso/). */
  sso?: SsoClient;
}

export interface Context {
  /** This request's own fork of the EntityManager. */
  em: EntityManager;
  viewer?: Viewer;
  loaders: Loaders;
  app: AppServices;
  sessionCookie?: SessionCookie;
  /** Client address, for rate limiting. */
  ip: string;
  /** The unit of work under way, while one is (common/unit-of-work.ts): nested work joins it. */
  transaction?: Transaction;
  /**
   * On the WebSocket: whether the connection's session or token still holds (read again at
   * most every QUORUM_SESSION_RECHECK_SECONDS), the safety net behind `connection`.
   */
  stillSignedIn?: () => Promise<boolean>;
  /** On the WebSocket: the connection's hold on its session or token, which a log-out or revocation ends at once. */
  connection?: ConnectionAccess;
}
