import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum AuditAction {
  SIGNED_OFF = 'SIGNED_OFF',
  SIGN_OFF_STALE = 'SIGN_OFF_STALE',
  SIGN_OFF_SLOTS_CHANGED = 'SIGN_OFF_SLOTS_CHANGED',
  WORKFLOW_MOVED = 'WORKFLOW_MOVED',
  MEMBER_INVITED = 'MEMBER_INVITED',
  MEMBER_JOINED = 'MEMBER_JOINED',
  MEMBER_ROLE_CHANGED = 'MEMBER_ROLE_CHANGED',
  MEMBER_REMOVED = 'MEMBER_REMOVED',
  MEMBER_LEFT = 'MEMBER_LEFT',
  API_TOKEN_CREATED = 'API_TOKEN_CREATED',
  API_TOKEN_REVOKED = 'API_TOKEN_REVOKED',
  LOGGED_IN = 'LOGGED_IN',
  TESTIMONIAL_ADDED = 'TESTIMONIAL_ADDED',
  TESTIMONIAL_CHANGED = 'TESTIMONIAL_CHANGED',
  CONSENT_RECORDED = 'CONSENT_RECORDED',
  TESTIMONIAL_DELETED = 'TESTIMONIAL_DELETED',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What an audit record records.',
  valuesConfig: {
    SIGNED_OFF: { description: 'A section was signed off (approved or changes requested).' },
    SIGN_OFF_STALE: { description: 'An edit made sign-offs of a section stale.' },
    SIGN_OFF_SLOTS_CHANGED: { description: 'The lead changed the sign-offs a section needs.' },
    WORKFLOW_MOVED: { description: 'The entry moved in its workflow (by the lead, or automatically).' },
    MEMBER_INVITED: { description: 'Someone was invited.' },
    MEMBER_JOINED: { description: 'Someone joined by invitation.' },
    MEMBER_ROLE_CHANGED: { description: 'A member’s role changed.' },
    MEMBER_REMOVED: { description: 'The lead removed a member.' },
    MEMBER_LEFT: { description: 'A member left the entry.' },
    API_TOKEN_CREATED: { description: 'A member created a personal API token (recorded in each of their entries).' },
    API_TOKEN_REVOKED: { description: 'A member revoked a personal API token (recorded in each of their entries).' },
    LOGGED_IN: { description: 'A member logged in (recorded in each of their entries).' },
    TESTIMONIAL_ADDED: { description: 'A testimonial was added (the record keeps neither its words nor whom it names).' },
    TESTIMONIAL_CHANGED: { description: 'A testimonial was corrected: which parts, and whether that reset its consent.' },
    CONSENT_RECORDED: { description: 'Consent for a testimonial was recorded as given or withdrawn, with its date.' },
    TESTIMONIAL_DELETED: { description: 'A testimonial was deleted.' },
  },
});

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
export class AuditEvent {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

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
