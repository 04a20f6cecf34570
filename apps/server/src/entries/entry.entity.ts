import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, OptionalProps, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { EntryState } from '../common/enums.js';
import { Template } from '../templates/template.entity.js';
import { Membership } from './membership.entity.js';
import { UuidEntity } from '../database/uuid-entity.js';

@ObjectType({ description: 'An award entry written by a team.' })
@Entity({ tableName: 'entries' })
@Index({ properties: ['createdAt', 'id'] })
export class Entry extends UuidEntity {
  [OptionalProps]?: 'state' | 'createdAt' | 'updatedAt';

  @Field(() => String, { description: 'The entry’s working title.' })
  @Property({ type: 'text' })
  title!: string;

  @ManyToOne({ entity: () => Template })
  template!: Rel<Template>;

  @Field(() => EntryState, { description: 'Where the entry is in its workflow.' })
  @Enum({ items: () => EntryState })
  state: EntryState = EntryState.DRAFT;

  /** Used to find a person's entries; read members through the loaders. */
  @OneToMany({ entity: () => Membership, mappedBy: 'entry' })
  memberships = new Collection<Membership>(this);

  @ManyToOne({ entity: () => User })
  createdBy!: Rel<User>;

  @Field(() => Date, {
    nullable: true,
    description: 'When the entry closes (the award’s deadline), set by a lead; null when not set. Those with something pending are reminded 14, 7 and 2 days before.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  closesAt?: Date | null;

  @Field(() => Date, { description: 'When the entry was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the entry itself (not its sections) last changed.' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
