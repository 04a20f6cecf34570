import { BlobType, Entity, Index, ManyToOne, OptionalProps, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Section } from '../sections/section.entity.js';
import { UuidEntity } from '../database/uuid-entity.js';

/**
 * A comment on a section. A thread is its opening comment (`thread` null) with the replies
 * that point at it; replies do not nest. Only the opening comment carries the anchor and
 * the resolved state. Deleting leaves a tombstone: the row stays, its body is emptied.
 */
@ObjectType({ description: 'A comment on a section: the opening comment of a thread (with its replies), or a reply.' })
@Entity({ tableName: 'comments' })
@Index({ properties: ['section', 'createdAt', 'id'] })
export class Comment extends UuidEntity {
  [OptionalProps]?: 'createdAt' | 'mentionIds';

  @ManyToOne({ entity: () => Section, deleteRule: 'cascade' })
  section!: Rel<Section>;

  /** The thread's opening comment; null for an opening comment itself. */
  @ManyToOne({ entity: () => Comment, nullable: true, deleteRule: 'cascade', index: true })
  thread?: Rel<Comment> | null;

  @ManyToOne({ entity: () => User })
  author!: Rel<User>;

  /** Emptied when the comment is deleted. */
  @Property({ type: 'text' })
  body!: string;

  /** Members mentioned in the comment (ids), each notified once. */
  @Property({ type: 'json' })
  mentionIds: string[] = [];

  /** Yjs relative positions (encoded) of the quoted passage's start and end; see comment-anchor.ts. */
  @Property({ type: BlobType, nullable: true })
  anchorStart?: Buffer | null;

  @Property({ type: BlobType, nullable: true })
  anchorEnd?: Buffer | null;

  /** The passage as it read when the comment was made. */
  @Property({ type: 'text', nullable: true })
  anchorQuote?: string | null;

  @Field(() => Date, { description: 'When the comment was made.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When its author last edited it, if ever.' })
  @Property({ type: 'timestamptz', nullable: true })
  editedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When its author deleted it; a deleted comment stays as a tombstone with an empty body.' })
  @Property({ type: 'timestamptz', nullable: true })
  deletedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the thread was resolved; null while open, and always null on replies.' })
  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true })
  resolvedBy?: Rel<User> | null;

  /** The thread's latest reopening, for the entry's history. */
  @Property({ type: 'timestamptz', nullable: true })
  reopenedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  reopenedBy?: Rel<User> | null;
}
