import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Section } from './section.entity.js';
import { UuidEntity } from '../database/uuid-entity.js';

@ObjectType({ description: 'A judging criterion the section must answer, as a checklist prompt.' })
@Entity({ tableName: 'criteria' })
export class Criterion extends UuidEntity {
  @ManyToOne({ entity: () => Section, deleteRule: 'cascade', index: true })
  section!: Rel<Section>;

  @Field(() => Int, { description: 'Order within the section, from 0.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'The criterion, in the award brief’s words.' })
  @Property({ type: 'text' })
  text!: string;
}
