import { Entity, Enum, Index, ManyToOne, OptionalProps, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Comment } from '../comments/comment.entity.js';
import { Entry } from '../entries/entry.entity.js';
import { Section } from '../sections/section.entity.js';
import { SignOff } from '../sign-off/sign-off.entity.js';
import { type EnumValue } from '../common/described-enum.js';
import { channelEnum } from '../common/happenings.js';
import { UuidEntity } from '../database/uuid-entity.js';

/** NotificationKind's values and their words are in common/happenings.ts, with the other channels' (one name per happening). */
export const NotificationKind = channelEnum('notification', 'NotificationKind', 'Why you were notified.');
export type NotificationKind = EnumValue<typeof NotificationKind>;

/** An in-app notification for one person. Only ids travel with it: what they point at is read with the usual checks. */
@ObjectType({ description: 'An in-app notification.' })
@Entity({ tableName: 'notifications' })
@Index({ properties: ['user', 'createdAt', 'id'] })
export class Notification extends UuidEntity {
  [OptionalProps]?: 'createdAt';

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
