import { Entity, Index, ManyToOne, OptionalProps, Property, type Rel } from '@mikro-orm/core';
import { User } from '../auth/user.entity.js';
import { Entry } from '../entries/entry.entity.js';
import type { DIGEST, MailKind } from './mail-kinds.js';
import { UuidEntity } from '../database/uuid-entity.js';

/**
 * Where an outbox row is:
 *   PENDING   waiting to be sent (at `nextAttemptAt`, later after a refusal)
 *   SENDING   claimed by one process until `claimedUntil`: nobody else sends it meanwhile
 *   SENT      the SMTP server accepted it
 *   HELD      waiting for its person's daily digest
 *   DIGESTED  gone out inside a digest (the digest is a row of its own)
 *   SKIPPED   not sent: its person chose never, or the address cannot receive mail
 *   FAILED    refused too many times; the last refusal is in `lastError`
 */
export type OutboxStatus = 'PENDING' | 'SENDING' | 'SENT' | 'HELD' | 'DIGESTED' | 'SKIPPED' | 'FAILED';

/** What a mail points at. Only ids and a path: what it says is composed when it is sent (compose.ts), and never holds entry content. */
export interface OutboxData {
  /** The path the mail links to, after QUORUM_PUBLIC_URL (a reset's or invitation's holds its secret, dropped once sent). */
  path?: string;
  actorId?: string | null;
  /** A digest's items: the rows it gathers (an invitation's path, holding its secret, dropped once the digest is settled). */
  items?: { kind: MailKind; entryTitle: string | null; path?: string }[];
}

/**
 * The mail outbox (docs/architecture.md, "Mail"): a row is written in the same transaction as
 * what caused it, so a mail is queued exactly when its cause is kept; the worker
 * (outbox-worker.ts) sends it afterwards, with retries.
 */
@Entity({ tableName: 'mail_outbox' })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class OutboxMail extends UuidEntity {
  [OptionalProps]?: 'createdAt' | 'status' | 'attempts' | 'nextAttemptAt' | 'data';

  @Property({ type: 'text' })
  kind!: MailKind | typeof DIGEST;

  /** Whom it is for, when they have an account; the address is read when it is sent. */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'cascade', index: true })
  user?: Rel<User> | null;

  /** Or an address (an invitation, a password reset). */
  @Property({ type: 'text', nullable: true })
  toAddress?: string | null;

  @ManyToOne({ entity: () => Entry, nullable: true, deleteRule: 'cascade' })
  entry?: Rel<Entry> | null;

  @Property({ type: 'jsonb' })
  data: OutboxData = {};

  @Property({ type: 'text' })
  status: OutboxStatus = 'PENDING';

  @Property({ type: 'int' })
  attempts: number = 0;

  @Property({ type: 'timestamptz' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  claimedUntil?: Date | null;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date | null;
}
