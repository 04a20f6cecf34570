import { Entity, Enum, ManyToOne, OptionalProps, Property, type Rel } from '@mikro-orm/core';
import type { EthnicCategoryCode } from '@quorum/stats';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Entry } from '../entries/entry.entity.js';
import { ConfidenceLevel, ETHNIC_CODES, MetricDirection, MetricKind } from './evidence.enums.js';
import { UuidEntity } from '../database/uuid-entity.js';

@ObjectType({ description: 'A quantitative measure of the initiative, with values per period and per ethnic group.' })
@Entity({ tableName: 'metrics' })
export class Metric extends UuidEntity {
  [OptionalProps]?: 'population' | 'referenceCode' | 'suppressionThreshold' | 'roundToFive' | 'confidenceLevel' | 'recalculationPeriods' | 'createdAt' | 'updatedAt';

  @ManyToOne({ entity: () => Entry, deleteRule: 'cascade', index: true })
  entry!: Rel<Entry>;

  @Field(() => String, { description: 'Short name, used in sentences, e.g. "sepsis screening within one hour".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'Exactly what is counted: who is in the denominator and what the numerator (or the mean) measures.' })
  @Property({ type: 'text' })
  definition!: string;

  @Field(() => MetricKind, { description: 'Proportion, rate per N or mean. Fixed once created.' })
  @Enum({ items: () => MetricKind })
  kind!: MetricKind;

  @Field(() => MetricDirection, { description: 'Which way is better.' })
  @Enum({ items: () => MetricDirection })
  direction!: MetricDirection;

  @Field(() => String, { nullable: true, description: 'Where the data come from, e.g. "Trust EPR, sepsis audit".' })
  @Property({ type: 'text', nullable: true })
  dataSource?: string | null;

  @Field(() => String, { nullable: true, description: 'Unit of a mean, e.g. "minutes".' })
  @Property({ type: 'text', nullable: true })
  unit?: string | null;

  @Field(() => Int, { nullable: true, description: 'For a RATE: per how many, e.g. 1000 for "per 1,000 admissions". Estimates are fractions: multiply by this.' })
  @Property({ type: 'integer', nullable: true })
  ratePer?: number | null;

  @Field(() => String, { description: 'Who is counted, as it reads in sentences, e.g. "patients" or "women giving birth".' })
  @Property({ type: 'text' })
  population: string = 'patients';

  @Field(() => String, { description: 'Ethnic category code of the reference group others are compared with (default A, White British; its ONS group, White, at that level).' })
  @Enum({ items: () => ETHNIC_CODES })
  referenceCode: EthnicCategoryCode = 'A';

  @Field(() => ConfidenceLevel, { description: 'The level of every interval and verdict of its analysis: 95% (default) or 99.8%.' })
  @Enum({ items: () => ConfidenceLevel })
  confidenceLevel: ConfidenceLevel = ConfidenceLevel.PERCENT_95;

  @Field(() => String, {
    nullable: true,
    description:
      'The period compared as baseline, chosen by the analyst; unset means the earliest when the labels tell (dates, quarters, months, financial years, Pre/Post, Baseline/Follow-up), and none when they do not.',
  })
  @Property({ type: 'text', nullable: true })
  baselinePeriod?: string | null;

  @Field(() => String, { nullable: true, description: 'The period compared as follow-up, chosen by the analyst; unset means the latest when the labels tell.' })
  @Property({ type: 'text', nullable: true })
  followUpPeriod?: string | null;

  @Field(() => Float, { nullable: true, description: 'A target for the SPC chart’s assurance icon, on the estimate’s scale (a fraction for proportions and rates, e.g. 0.9 for 90%); null for none.' })
  @Property({ type: 'double', nullable: true })
  target?: number | null;

  @Field(() => [String], { description: 'Periods from which the SPC chart’s limits are calculated afresh (Making Data Count’s recalculation points), e.g. where a change was made.' })
  @Property({ type: 'text[]' })
  recalculationPeriods: string[] = [];

  @Field(() => Int, { description: 'Counts from 1 to this minus one are hidden from everyone but analysts (default 5).' })
  @Property({ type: 'integer' })
  suppressionThreshold: number = 5;

  @Field(() => Boolean, {
    description:
      'Counts shown to those who see small numbers suppressed, and in exports, are rounded to the nearest 5 (values, analysis figures, files), and everything shown with them (proportions, rates, intervals, changes, gaps, standardised rates, SPC charts, sentences) is worked out from the rounded counts; what is hidden is decided on the counts as entered.',
  })
  @Property({ type: 'boolean' })
  roundToFive: boolean = false;

  @ManyToOne({ entity: () => User })
  createdBy!: Rel<User>;

  @Field(() => Date, { description: 'When the metric was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the metric or its values last changed.' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
