import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import type { SignOffSlotDefinition } from '@quorum/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { Entry } from '../entries/entry.entity.js';
import { UuidEntity } from '../database/uuid-entity.js';

@ObjectType({ description: 'A section of an entry: one group of the award’s judging criteria.' })
@Entity({ tableName: 'sections' })
@Unique({ properties: ['entry', 'key'] })
export class Section extends UuidEntity {
  @ManyToOne({ entity: () => Entry, deleteRule: 'cascade' })
  entry!: Rel<Entry>;

  @Field(() => Int, { description: 'Order within the entry, from 0.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'Key from the template, stable across entries, e.g. "safety-impact".' })
  @Property({ type: 'text' })
  key!: string;

  @Field(() => String, { description: 'Section title.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'Guidance for writers, from the template.' })
  @Property({ type: 'text' })
  guidance!: string;

  @Field(() => Int, { description: 'Word limit; the lead can change it.' })
  @Property({ type: 'integer' })
  wordLimit!: number;

  /** The sign-offs this section needs; see `Section.signOffSlots`. */
  @Property({ type: 'json' })
  signOffSlots!: SignOffSlotDefinition[];
}
