import { Entity, Enum, ManyToOne, OptionalProps, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Entry } from '../entries/entry.entity.js';
import { ConsentStatus, TestimonialSource } from './evidence.enums.js';
import { UuidEntity } from '../database/uuid-entity.js';

/**
 * A quote from a patient, family member, member of staff or stakeholder. Anonymised unless
 * the team says otherwise, and exported only with consent recorded as given.
 */
@ObjectType({ description: 'A quote supporting the entry, with the consent recorded for it.' })
@Entity({ tableName: 'testimonials' })
export class Testimonial extends UuidEntity {
  [OptionalProps]?: 'anonymised' | 'consentStatus' | 'createdAt';

  @ManyToOne({ entity: () => Entry, deleteRule: 'cascade', index: true })
  entry!: Rel<Entry>;

  @Field(() => String, { description: 'The quote, in the person’s own words.' })
  @Property({ type: 'text' })
  quote!: string;

  @Field(() => TestimonialSource, { description: 'Who gave it: patient, family, staff or stakeholder.' })
  @Enum({ items: () => TestimonialSource })
  source!: TestimonialSource;

  /** Who said it, as the team knows them; shown per the rules of `Testimonial.attribution`. */
  @Property({ type: 'text', nullable: true })
  attribution?: string | null;

  @Field(() => Boolean, { description: 'True (the default): the entry cites it without naming the person, e.g. "A patient".' })
  @Property({ type: 'boolean' })
  anonymised: boolean = true;

  @ManyToOne({ entity: () => User })
  addedBy!: Rel<User>;

  @Field(() => Date, { description: 'When it was added.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => ConsentStatus, {
    description: 'Whether consent to use it is recorded. Consent given goes back to NOT_RECORDED when the quote’s words, or the name the entry cites it by, change (`updateTestimonial`).',
  })
  @Enum({ items: () => ConsentStatus })
  consentStatus: ConsentStatus = ConsentStatus.NOT_RECORDED;

  @Field(() => String, { nullable: true, description: 'The date the person gave (or withdrew) consent, YYYY-MM-DD.' })
  @Property({ type: 'date', nullable: true })
  consentDate?: string | null;

  @Field(() => String, { nullable: true, description: 'How consent was obtained, e.g. "signed form, filed with PALS".' })
  @Property({ type: 'text', nullable: true })
  consentNote?: string | null;

  @ManyToOne({ entity: () => User, nullable: true })
  consentRecordedBy?: Rel<User> | null;

  @Field(() => Date, { nullable: true, description: 'When the consent was recorded in Quorum.' })
  @Property({ type: 'timestamptz', nullable: true })
  consentRecordedAt?: Date | null;
}
