import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { type EnumValue } from '../common/described-enum.js';
import { channelEnum } from '../common/happenings.js';
import { UuidEntity } from '../database/uuid-entity.js';

/** AuditAction's values and their words are in common/happenings.ts, with the other channels' (one name per happening). */
export const AuditAction = channelEnum('audit', 'AuditAction', 'What an audit record records.');
export type AuditAction = EnumValue<typeof AuditAction>;

/**
 * One record of an entry's audit log. Append-only (a database trigger refuses UPDATE, DELETE
 * and TRUNCATE) and hash-chained: `hash` covers the record and `prevHash`, the hash of the
 * record before it in the same entry's log; with QUORUM_AUDIT_KEY it is an HMAC under that
 * key, named by `keyId` (audit-hash.ts). No foreign keys: a record stands on its own,
 * naming its actor, and nothing cascades into it.
 */
@ObjectType({ description: 'A record of an entry’s append-only, hash-chained audit log.' })
@Entity({ tableName: 'audit_events' })
@Unique({ properties: ['entryId', 'seq'] })
export class AuditEvent extends UuidEntity {
  @Property({ type: 'uuid' })
  entryId!: string;

  @Field(() => Int, { description: 'Position in the entry’s log, from 1, without gaps.' })
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => AuditAction, { description: 'What happened.' })
  @Enum({ items: () => AuditAction })
  action!: AuditAction;

  @Field(() => ID, { nullable: true, description: 'Who did it (null for the system).' })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Their name at the time.' })
  @Property({ type: 'text', nullable: true })
  actorName?: string | null;

  @Field(() => String, { description: 'What happened, in a sentence.' })
  @Property({ type: 'text' })
  summary!: string;

  /** Details (ids, roles, states), hashed in canonical JSON form. */
  @Property({ type: 'json' })
  data!: Record<string, unknown>;

  @Field(() => Date, { description: 'When it happened.' })
  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => String, { description: 'Hash of the record before it (64 zeros for the first).' })
  @Property({ type: 'text' })
  prevHash!: string;

  @Field(() => String, { description: 'SHA-256 (hex) of this record’s contents and `prevHash`; an HMAC-SHA256 under the server’s audit key when `keyId` is set.' })
  @Property({ type: 'text' })
  hash!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Id of the audit key (QUORUM_AUDIT_KEY) the hash is keyed with, never the key itself; null for a plain SHA-256, which anyone able to write to the database could recompute.',
  })
  @Property({ type: 'text', nullable: true })
  keyId?: string | null;
}
