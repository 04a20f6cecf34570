import { Entity, OptionalProps, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { UuidEntity } from '../database/uuid-entity.js';

@ObjectType({ description: 'A person with a Quorum account.' })
@Entity({ tableName: 'users' })
export class User extends UuidEntity {
  [OptionalProps]?: 'createdAt';

  @Field(() => String, { description: 'Email address, stored in lower case; unique.' })
  @Property({ type: 'text', unique: true })
  email!: string;

  @Field(() => String, { description: 'Name as shown to the team, e.g. "Amara Okafor".' })
  @Property({ type: 'text' })
  name!: string;

  /** argon2id hash; never leaves the server. Null for an account made by single sign-on, which has no password. */
  @Property({ type: 'text', hidden: true, lazy: true, nullable: true })
  passwordHash?: string | null;

  @Field(() => Date, { description: 'When the account was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
