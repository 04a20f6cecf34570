import { Entity, Enum, Index, ManyToOne, OptionalProps, Property, type Rel } from '@mikro-orm/core';
import { ROLES, type Role } from '@quorum/domain';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { RoleEnum } from '../common/enums.js';
import { Entry } from './entry.entity.js';
import { UuidEntity } from '../database/uuid-entity.js';

/** An invitation to join an entry in a role; the link's secret is stored only as a hash. */
@ObjectType({ description: 'A pending invitation to join an entry.' })
@Entity({ tableName: 'invitations' })
@Index({ properties: ['entry', 'email'] })
export class Invitation extends UuidEntity {
  [OptionalProps]?: 'createdAt';

  @ManyToOne({ entity: () => Entry, deleteRule: 'cascade' })
  entry!: Rel<Entry>;

  @Field(() => String, { description: 'The address invited; only an account with this email can accept.' })
  @Property({ type: 'text' })
  email!: string;

  @Field(() => RoleEnum, { description: 'The role the invitee will have.' })
  @Enum({ items: () => [...ROLES] })
  role!: Role;

  @Property({ type: 'text', unique: true, hidden: true })
  secretHash!: string;

  @ManyToOne({ entity: () => User })
  invitedBy!: Rel<User>;

  @Field(() => Date, { description: 'When the invitation was sent.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'After this the link no longer works.' })
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt?: Date;

  /** Set when a newer invitation to the same address replaces this one, or the lead withdraws it. */
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date;
}
