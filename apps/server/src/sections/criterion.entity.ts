import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Section } from './section.entity.js';

@ObjectType({ description: 'A judging criterion the section must answer, as a checklist prompt.' })
@Entity({ tableName: 'criteria' })
export class Criterion {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Section, deleteRule: 'cascade', index: true })
  section!: Rel<Section>;

  @Field(() => Int, { description: 'Order within the section, from 0.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'The criterion, in the award brief’s words.' })
  @Property({ type: 'text' })
  text!: string;
}
