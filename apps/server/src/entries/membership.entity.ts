import { Entity, Enum, ManyToOne, OptionalProps, Property, type Rel, Unique } from '@mikro-orm/core';
import { ROLES, type Role } from '@quorum/domain';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { RoleEnum } from '../common/enums.js';
import { Entry } from './entry.entity.js';
import { UuidEntity } from '../database/uuid-entity.js';

@ObjectType({ description: 'A person’s place in an entry’s team, with their role in it.' })
@Entity({ tableName: 'memberships' })
@Unique({ properties: ['entry', 'user'] })
export class Membership extends UuidEntity {
  [OptionalProps]?: 'createdAt';

  @ManyToOne({ entity: () => Entry, deleteRule: 'cascade' })
  entry!: Rel<Entry>;

  @ManyToOne({ entity: () => User, index: true })
  user!: Rel<User>;

  @Field(() => RoleEnum, { description: 'The member’s role in this entry.' })
  @Enum({ items: () => [...ROLES] })
  role!: Role;

  @Field(() => Date, { description: 'When they joined the entry.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
