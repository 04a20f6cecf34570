import { Entity, Enum, ManyToOne, OptionalProps, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TokenScope } from '../common/enums.js';
import { User } from './user.entity.js';
import { UuidEntity } from '../database/uuid-entity.js';

@ObjectType({ description: 'A personal API token for other tools (`Authorization: Bearer …`). The secret is shown once, at creation.' })
@Entity({ tableName: 'api_tokens' })
export class ApiToken extends UuidEntity {
  [OptionalProps]?: 'createdAt';

  @ManyToOne({ entity: () => User, deleteRule: 'cascade', index: true })
  user!: Rel<User>;

  @Field(() => String, { description: 'What the owner called it, e.g. "Analytics notebook".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => TokenScope, { description: 'What the token may do.' })
  @Enum({ items: () => TokenScope })
  scope!: TokenScope;

  /** SHA-256 of the secret: a stolen database does not yield usable tokens. */
  @Property({ type: 'text', unique: true, hidden: true })
  secretHash!: string;

  @Field(() => String, { description: 'The first characters of the secret, to tell tokens apart.' })
  @Property({ type: 'text' })
  prefix!: string;

  @Field(() => Date, { description: 'When the token was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When the token was last used, to the minute.' })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the token was revoked; a revoked token no longer works.' })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date;
}
