import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import { ApiToken } from '../auth/api-token.entity.js';
import { Session } from '../auth/session.entity.js';
import { User } from '../auth/user.entity.js';
import { Entry } from '../entries/entry.entity.js';
import { Invitation } from '../entries/invitation.entity.js';
import { Membership } from '../entries/membership.entity.js';
import { CriterionLink } from '../evidence/criterion-link.entity.js';
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
import { migrationsList } from './migrations/index.js';

export const ENTITIES = [User, Session, ApiToken, Template, Entry, Membership, Invitation, Section, Criterion, SectionDocument, SectionUpdate, SectionRevision, Metric, MetricValue, Testimonial, CriterionLink, Comment, SignOff, Notification, AuditEvent];

export interface OrmOptions {
  url: string;
  /** The embedded database takes one connection at a time. */
  singleConnection: boolean;
  /** Called with every SQL statement: used by the benchmarks to count queries. */
  onQuery?: (sql: string) => void;
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
    debug: onQuery ? ['query'] : false,
    logger: onQuery ? (message) => onQuery(message) : undefined,
    colors: false,
  });
}

// Any fixed number, the same in every Quorum process: the key of the migration lock.
const MIGRATION_LOCK = 20261125;

/**
 * Connects and applies every committed migration that has not run yet. Several processes
 * sharing a PostgreSQL server may start at once (a rolling deploy): each waits its turn on an
 * advisory lock, held by one connection's transaction while the migrator works on others, so
 * that only the first applies the migrations. The embedded database has one connection and
 * one process, so it needs no lock.
 */
export async function openDatabase(options: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(options));
  if (options.singleConnection) {
    await orm.getMigrator().up();
  } else {
    await orm.em.getKnex().transaction(async (lock) => {
      await lock.raw('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
      await orm.getMigrator().up();
    });
  }
  return orm;
}
