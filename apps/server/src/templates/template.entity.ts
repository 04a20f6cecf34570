import { Entity, Property, Unique } from '@mikro-orm/core';
import type { EntryTemplate } from '@quorum/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { UuidEntity } from '../database/uuid-entity.js';

/** An award template, stored as data: its sections, criteria, guidance, word limits and sign-off slots. */
@ObjectType({ description: 'An award template: the sections, judging criteria and sign-offs an entry starts with.' })
@Entity({ tableName: 'templates' })
@Unique({ properties: ['key', 'version'] })
export class Template extends UuidEntity {
  @Field(() => String, { description: 'Stable key, e.g. "psa-2021-minority-ethnic-outcomes".' })
  @Property({ type: 'text' })
  key!: string;

  @Field(() => Int, { description: 'Template version; entries keep the version they were created from.' })
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => String, { description: 'The award category, e.g. "Improving health outcomes for minority ethnic communities".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'The award, e.g. "Patient Safety Awards 2021".' })
  @Property({ type: 'text' })
  award!: string;

  @Field(() => String, { description: 'What the judges are looking for.' })
  @Property({ type: 'text' })
  description!: string;

  /** The whole checked template (see @quorum/domain `EntryTemplate`). */
  @Property({ type: 'json' })
  definition!: EntryTemplate;
}
