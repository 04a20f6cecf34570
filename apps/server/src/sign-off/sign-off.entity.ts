import { Entity, Enum, Index, ManyToOne, OptionalProps, Property, type Rel } from '@mikro-orm/core';
import { ROLES, type Role } from '@quorum/domain';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { RoleEnum } from '../common/enums.js';
import { Section } from '../sections/section.entity.js';
import type { EvidenceItem } from './evidence-digest.js';
import { SignOffConfirmation, SignOffMeaning } from './sign-off.enums.js';
import { UuidEntity } from '../database/uuid-entity.js';

/**
 * One person's word on a section's content, bound to the exact content by its hash, with a
 * copy of that content. Never changed afterwards: a later sign-off by the same person on the
 * same section supersedes it, and any edit to the section or to the evidence it presents makes it stale (compared by hash
 * when read, so undoing the edit makes it current again).
 */
@ObjectType({ description: 'A sign-off of a section: who, in which role and slot, what it means, and the exact content it was given on.' })
@Entity({ tableName: 'sign_offs' })
@Index({ properties: ['section', 'signer', 'createdAt'] })
export class SignOff extends UuidEntity {
  [OptionalProps]?: 'createdAt' | 'note' | 'confirmedWith' | 'evidenceDigest' | 'evidence';

  @ManyToOne({ entity: () => Section, deleteRule: 'cascade' })
  section!: Rel<Section>;

  @ManyToOne({ entity: () => User })
  signer!: Rel<User>;

  @Field(() => RoleEnum, { description: 'The signer’s role in the entry when they signed.' })
  @Enum({ items: () => [...ROLES] })
  role!: Role;

  @Field(() => String, { description: 'Key of the sign-off slot it was given for, e.g. "clinician".' })
  @Property({ type: 'text' })
  slotKey!: string;

  @Field(() => String, { description: 'The slot’s label when it was given, e.g. "A clinician (medic or nurse)".' })
  @Property({ type: 'text' })
  slotLabel!: string;

  @Field(() => SignOffMeaning, { description: 'Approve, or request changes.' })
  @Enum({ items: () => SignOffMeaning })
  meaning!: SignOffMeaning;

  @Field(() => String, { description: 'The signer’s note (may be empty).' })
  @Property({ type: 'text' })
  note: string = '';

  @Field(() => SignOffConfirmation, { description: 'How the signer was confirmed to be themselves: their password again, or a fresh sign-in at their identity provider.' })
  @Enum({ items: () => SignOffConfirmation, default: 'PASSWORD' })
  confirmedWith: SignOffConfirmation = SignOffConfirmation.PASSWORD;

  @Field(() => String, { description: 'The section’s `contentHash` it was given on.' })
  @Property({ type: 'text' })
  contentHash!: string;

  @Field(() => String, { description: 'A copy of the content it was given on, as Markdown.' })
  @Property({ type: 'text' })
  markdown!: string;

  /** The digest of the evidence the section presented when it was given (sign-off/evidence-digest.ts); null for sign-offs given before sign-offs covered evidence: those cover the text only. */
  // Shown keyed, by SignOffResolver.evidenceDigest (shown-digest.ts): the plain digest could be recomputed to find hidden figures.
  @Property({ type: 'text', nullable: true })
  evidenceDigest?: string | null;

  /** The evidence items' hashes then (never figures or words), to say what changed since. */
  @Property({ type: 'json', nullable: true, hidden: true })
  evidence?: EvidenceItem[] | null;

  @Field(() => Date, { description: 'When it was given.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** Set while it is stale and its signer has been told; cleared when the text is put back, so they are told again next time (sign-off/staleness.ts). */
  @Property({ type: 'timestamptz', nullable: true, hidden: true })
  staleNotifiedAt?: Date | null;
}
