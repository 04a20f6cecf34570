import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Comment } from '../comments/comment.entity.js';
import { Entry } from '../entries/entry.entity.js';
import { Section } from '../sections/section.entity.js';
import { SignOff } from '../sign-off/sign-off.entity.js';

export enum NotificationKind {
  MENTION = 'MENTION',
  REPLY = 'REPLY',
  REVIEW_REQUESTED = 'REVIEW_REQUESTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  SIGN_OFF_STALE = 'SIGN_OFF_STALE',
  ENTRY_APPROVED = 'ENTRY_APPROVED',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'Why you were notified.',
  valuesConfig: {
    MENTION: { description: 'Someone @mentioned you in a comment.' },
    REPLY: { description: 'Someone replied in a comment thread you took part in.' },
    REVIEW_REQUESTED: { description: 'The lead asked for review and sign-off.' },
    CHANGES_REQUESTED: { description: 'Someone signed off a section with a request for changes.' },
    SIGN_OFF_STALE: { description: 'A section you signed off has changed since: your sign-off no longer counts.' },
    ENTRY_APPROVED: { description: 'Every sign-off slot is held: the entry is ready to submit (sent to leads).' },
  },
});

/** An in-app notification for one person. Only ids travel with it: what they point at is read with the usual checks. */
@ObjectType({ description: 'An in-app notification.' })
@Entity({ tableName: 'notifications' })
@Index({ properties: ['user', 'createdAt', 'id'] })
export class Notification {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Who it is for. */
  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: Rel<User>;

  @ManyToOne({ entity: () => Entry, deleteRule: 'cascade', index: true })
  entry!: Rel<Entry>;

  @Field(() => NotificationKind, { description: 'Why you were notified.' })
  @Enum({ items: () => NotificationKind })
  kind!: NotificationKind;

  @Field(() => String, { description: 'What happened, in a sentence.' })
  @Property({ type: 'text' })
  message!: string;

  @ManyToOne({ entity: () => User, nullable: true })
  actor?: Rel<User> | null;

  @ManyToOne({ entity: () => Section, nullable: true, deleteRule: 'cascade' })
  section?: Rel<Section> | null;

  @ManyToOne({ entity: () => Comment, nullable: true, deleteRule: 'cascade' })
  comment?: Rel<Comment> | null;

  @ManyToOne({ entity: () => SignOff, nullable: true, deleteRule: 'cascade' })
  signOff?: Rel<SignOff> | null;

  @Field(() => Date, { description: 'When it was sent.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When you marked it read; null while unread.' })
  @Property({ type: 'timestamptz', nullable: true })
  readAt?: Date | null;
}
