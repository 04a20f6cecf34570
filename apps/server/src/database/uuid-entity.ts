import { randomUUID } from 'node:crypto';
import { PrimaryKey } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * What every table with a UUID key starts with: `export class X extends UuidEntity`. The key is
 * made here rather than by the database, so a new row's id is known before it is flushed. The
 * `@Field` is read only where the subclass is a GraphQL object type: type-graphql inherits fields
 * only from a decorated class, and this one is no type of the schema since no resolver returns it
 * (rc.4's typings no longer take `isAbstract`).
 */
@ObjectType()
export abstract class UuidEntity {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
}
