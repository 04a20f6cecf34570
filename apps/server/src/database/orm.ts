import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, DriverException, MikroORM, type Options } from '@mikro-orm/postgresql';
import { ApiToken } from '../auth/api-token.entity.js';
import { Session } from '../auth/session.entity.js';
import { User } from '../auth/user.entity.js';
import { SsoConfirmation } from '../auth/sso/sso-confirmation.entity.js';
import { SsoIdentity } from '../auth/sso/sso-identity.entity.js';
import { SsoRequest } from '../auth/sso/sso-request.entity.js';
import { Entry } from '../entries/entry.entity.js';
import { MailPreference } from '../mail/mail-preference.entity.js';
import { OutboxMail } from '../mail/outbox-mail.entity.js';
import { PasswordReset } from '../mail/password-reset.entity.js';
import { Invitation } from '../entries/invitation.entity.js';
import { Membership } from '../entries/membership.entity.js';
import { CriterionLink } from '../evidence/criterion-link.entity.js';
import { CriterionPassage } from '../evidence/criterion-passage.entity.js';
import { Metric } from '../evidence/metric.entity.js';
import { MetricValue } from '../evidence/metric-value.entity.js';
import { Testimonial } from '../evidence/testimonial.entity.js';
import { SectionDocument } from '../live/section-document.entity.js';
import { SectionRevision } from '../live/section-revision.entity.js';
import { SectionUpdate } from '../live/section-update.entity.js';
import { Criterion } from '../sections/criterion.entity.js';
import { Section } from '../sections/section.entity.js';
import { Template } from '../templates/template.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Comment } from '../comments/comment.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { SignOff } from '../sign-off/sign-off.entity.js';
import { SectionSuggestion } from '../suggestions/section-suggestion.entity.js';
import { notFound } from '../common/errors.js';
import { describeError, log } from '../common/log.js';
import { migrationsList } from './migrations/index.js';

export const ENTITIES = [
  User,
  Session,
  ApiToken,
  Template,
  Entry,
  Membership,
  Invitation,
  Section,
  Criterion,
  SectionDocument,
  SectionUpdate,
  SectionRevision,
  Metric,
  MetricValue,
  Testimonial,
  CriterionLink,
  CriterionPassage,
  Comment,
  SignOff,
  Notification,
  AuditEvent,
  OutboxMail,
  MailPreference,
  PasswordReset,
  SsoIdentity,
  SsoRequest,
  SsoConfirmation,
  SectionSuggestion,
];

export interface OrmOptions {
  url: string;
  /** The embedded database takes one connection at a time. */
  singleConnection: boolean;
  /** Called with every SQL statement: used by the benchmarks to count queries. */
  onQuery?: (sql: string) => void;
  /** What to call the database when it cannot be opened, e.g. "The database in DATABASE_URL". */
  name?: string;
}

export function ormConfig({ url, singleConnection, onQuery }: OrmOptions): Options {
  return defineConfig({
    clientUrl: url,
    entities: ENTITIES,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false },
    pool: singleConnection ? { min: 1, max: 1 } : { min: 0, max: 10 },
    // Every request, WebSocket operation and job forks its own EntityManager.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    // A row another request removed between a check and its locked re-read (a delete racing an
    // update) is the client's NOT_FOUND, not an internal error: findOneOrFail says so everywhere.
    findOneOrFailHandler: (entityName) => notFound(entityName.replace(/([a-z])([A-Z])/g, '$1 $2')),
    debug: onQuery ? ['query'] : false,
    // MikroORM's own lines (the migrator's "Applied …") go to the log as JSON lines, at info.
    logger: onQuery ? (message) => onQuery(message) : (message) => log().info(message),
    colors: false,
    // A database host that does not answer fails the start (or a request) instead of hanging.
    driverOptions: { connection: { connectionTimeoutMillis: 10_000 } },
  });
}

// Any fixed number, the same in every Quorum process: the key of the start-up lock.
const START_LOCK = 20261125;

/**
 * Connects, applies every committed migration that has not run yet, then runs `setUp` (the
 * templates, the demo team). Several processes sharing a PostgreSQL server may start at once
 * (a rolling deploy): each waits its turn on an advisory lock, held by one connection's
 * transaction while the migrator and `setUp` work on others, so that only the first applies
 * the migrations and seeds, and the others find it done. The embedded database has one
 * connection and one process, so it needs no lock.
 */
export async function openDatabase(options: OrmOptions, setUp: (orm: MikroORM) => Promise<void> = async () => {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(options)).catch((error: Error) => {
    throw new Error(`${options.name ?? 'The database'} could not be opened: ${errorMessage(error)}`, { cause: error });
  });
  const prepare = async () => {
    await orm.getMigrator().up();
    await setUp(orm);
  };
  try {
    if (options.singleConnection) {
      await prepare();
    } else {
      await orm.em.getKnex().transaction(async (lock) => {
        await lock.raw('select pg_advisory_xact_lock(?)', [START_LOCK]);
        await prepare();
      });
    }
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  return orm;
}

/**
 * An error's message, for a log line. A database error's message is "<statement> - <what
 * PostgreSQL said>\n - detail: <the row's key>": the statement holds its values (password
 * hashes, people's words), the detail the row's, and what PostgreSQL said may quote a value,
 * so a database error is summarised instead (SQLSTATE, statement kind, table, constraint).
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (!(error instanceof DriverException)) return error.message;
  return describeError(error).split('\n')[0];
}
