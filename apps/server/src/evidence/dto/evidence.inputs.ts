import { ArrayMaxSize, IsBoolean, IsEnum, IsIn, IsInt, IsNumber, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ConfidenceLevel, ConsentStatus, ETHNIC_CODES, MetricDirection, MetricKind, TestimonialSource } from '../evidence.enums.js';
import { MAX_VALUE_ROWS, PERIOD_MAX } from '../metric-values.parse.js';
import { CommentAnchorInput } from '../../comments/dto/comment.inputs.js';

const REFERENCE_CODES = ETHNIC_CODES.filter((c) => c !== 'Z');
const REFERENCE_MESSAGE = 'referenceCode must be an NHS ethnic category code from A to S (not Z, not stated).';
const THRESHOLD_MESSAGE = 'suppressionThreshold must be a whole number from 5 (the NHS default) to 100.';

/** Fields shared by createMetric and updateMetric, which inherit them. */
@InputType('MetricSettingsInput', { description: 'A metric’s optional settings (shared by createMetric and updateMetric).' })
class MetricFields {
  @Field(() => String, { nullable: true, description: 'Where the data come from, e.g. "Trust EPR, sepsis audit". In an update, null clears it.' })
  @IsOptional()
  @MaxLength(500, { message: 'dataSource must be at most 500 characters.' })
  dataSource?: string | null;

  @Field(() => String, { nullable: true, description: 'Unit of a mean, e.g. "minutes". In an update, null clears it.' })
  @IsOptional()
  @MaxLength(50, { message: 'unit must be at most 50 characters.' })
  unit?: string | null;

  @Field(() => Int, { nullable: true, description: 'For a RATE only: per how many (default 1000).' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'ratePer must be at least 1.' })
  @Max(1_000_000, { message: 'ratePer must be at most 1,000,000.' })
  ratePer?: number | null;

  @Field(() => String, { nullable: true, description: 'Who is counted, as sentences should say it (default "patients").' })
  @IsOptional()
  @Length(1, 100, { message: 'population must be 1 to 100 characters.' })
  population?: string | null;

  @Field(() => String, { nullable: true, description: 'Ethnic category code of the reference group, A to S (default A, White British).' })
  @IsOptional()
  @IsIn(REFERENCE_CODES, { message: REFERENCE_MESSAGE })
  referenceCode?: string | null;

  @Field(() => ConfidenceLevel, { nullable: true, description: 'The level of every interval and verdict: PERCENT_95 (default) or PERCENT_99_8.' })
  @IsOptional()
  @IsEnum(ConfidenceLevel)
  confidenceLevel?: ConfidenceLevel | null;

  @Field(() => String, {
    nullable: true,
    description: 'The period to compare as baseline (default: the earliest, when the labels tell; an unclear order compares nothing until chosen). In an update, null returns to the default.',
  })
  @IsOptional()
  @Length(1, PERIOD_MAX, { message: `baselinePeriod must be 1 to ${PERIOD_MAX} characters.` })
  baselinePeriod?: string | null;

  @Field(() => String, { nullable: true, description: 'The period to compare as follow-up (default: the latest, when the labels tell). In an update, null returns to the default.' })
  @IsOptional()
  @Length(1, PERIOD_MAX, { message: `followUpPeriod must be 1 to ${PERIOD_MAX} characters.` })
  followUpPeriod?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'A target for the SPC chart’s assurance icon, on the estimate’s scale (0.9 for 90%; a rate as a fraction, e.g. 0.004 for 4 per 1,000). In an update, null clears it.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'target must be a finite number.' })
  target?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Periods from which the SPC chart’s limits are calculated afresh (recalculation points), e.g. the month a change was made. In an update, replaces the list; [] clears it.',
  })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'recalculationPeriods may list at most 50 periods.' })
  @Length(1, PERIOD_MAX, { each: true, message: `Each recalculation period must be 1 to ${PERIOD_MAX} characters.` })
  recalculationPeriods?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Hide counts below this from everyone but analysts: 5 (default) to 100.' })
  @IsOptional()
  @IsInt({ message: THRESHOLD_MESSAGE })
  @Min(5, { message: THRESHOLD_MESSAGE })
  @Max(100, { message: THRESHOLD_MESSAGE })
  suppressionThreshold?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Round counts shown to those who see small numbers suppressed, and in exports, to the nearest 5. Roles that may change values (analysts).' })
  @IsOptional()
  @IsBoolean()
  roundToFive?: boolean | null;
}

@InputType({ description: 'A new metric for an entry.' })
export class CreateMetricInput extends MetricFields {
  @Field(() => ID, { description: 'The entry.' })
  entryId!: string;

  @Field(() => String, { description: 'Short name, used in sentences, e.g. "sepsis screening within one hour".' })
  @Length(1, 200, { message: 'Enter a name of 1 to 200 characters.' })
  name!: string;

  @Field(() => String, { description: 'Exactly what is counted: the denominator and the numerator, or what is averaged.' })
  @Length(1, 2000, { message: 'Enter a definition of 1 to 2,000 characters.' })
  definition!: string;

  @Field(() => MetricKind, { description: 'Proportion, rate per N or mean; fixed once created.' })
  @IsEnum(MetricKind)
  kind!: MetricKind;

  @Field(() => MetricDirection, { description: 'Which way is better.' })
  @IsEnum(MetricDirection)
  direction!: MetricDirection;
}

@InputType({ description: 'Changes to a metric; its kind cannot change.' })
export class UpdateMetricInput extends MetricFields {
  @Field(() => ID, { description: 'The metric.' })
  metricId!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOptional()
  @Length(1, 200, { message: 'Enter a name of 1 to 200 characters.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New definition.' })
  @IsOptional()
  @Length(1, 2000, { message: 'Enter a definition of 1 to 2,000 characters.' })
  definition?: string | null;

  @Field(() => MetricDirection, { nullable: true, description: 'Which way is better.' })
  @IsOptional()
  @IsEnum(MetricDirection)
  direction?: MetricDirection | null;
}

@InputType({ description: 'A metric to delete, with its values and criteria links.' })
export class DeleteMetricInput {
  @Field(() => ID, { description: 'The metric.' })
  metricId!: string;
}

@InputType({ description: 'One group’s figures at one period: numerator and denominator for proportions and rates; mean, sd and n for means.' })
export class MetricValueInput {
  // Only bounds here: the service checks each value (the period's length too, with the CSV
  // import's limit and words) and reports every problem at once.
  @Field(() => String, { description: 'The period, e.g. "2023-Q1", "2023-04" or "Baseline"; periods sort naturally.' })
  period!: string;

  @Field(() => String, { description: 'NHS ethnic category code, A to S, or Z for not stated.' })
  @MaxLength(200)
  ethnicCode!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'RATE metrics only: the age band of the 2013 European Standard Population, "0-4" to "85-89" or "90+", for age-standardised rates. Omitted or null: a value for all ages. A period and code are all by age band or not at all.',
  })
  @IsOptional()
  @MaxLength(40)
  ageBand?: string | null;

  @Field(() => Int, { nullable: true, description: 'Numerator: people with the outcome, or events.' })
  numerator?: number | null;

  @Field(() => Int, { nullable: true, description: 'Denominator: people eligible, or the exposure for a rate.' })
  denominator?: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean.' })
  mean?: number | null;

  @Field(() => Float, { nullable: true, description: 'Sample standard deviation.' })
  sd?: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of people.' })
  n?: number | null;
}

@InputType({ description: 'Values to write, checked all together: one bad value and nothing is written.' })
export class SetMetricValuesInput {
  @Field(() => ID, { description: 'The metric.' })
  metricId!: string;

  @Field(() => [MetricValueInput], { description: `Up to ${MAX_VALUE_ROWS} values, one per period and ethnic code.` })
  @ArrayMaxSize(MAX_VALUE_ROWS, { message: `At most ${MAX_VALUE_ROWS} values at once.` })
  @ValidateNested({ each: true })
  values!: MetricValueInput[];

  @Field(() => Boolean, { defaultValue: false, description: 'True: these values replace all the metric’s values. False: they add to them, replacing only the same period and code.' })
  @IsBoolean()
  replace!: boolean;
}

@InputType({ description: 'Values as CSV text, checked all together: one bad row and nothing is written.' })
export class ImportMetricValuesInput {
  @Field(() => ID, { description: 'The metric.' })
  metricId!: string;

  @Field(() => String, {
    description:
      'CSV with a header line: `period,ethnic_code,numerator,denominator` (proportions and rates) or `period,ethnic_code,mean,sd,n` (means), and `age_band` for a rate by age band; other columns are ignored. At most 1 MB.',
  })
  @MaxLength(1_000_000, { message: 'The CSV text must be at most 1 MB.' })
  csv!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'True: the file replaces all the metric’s values. False: it adds to them, replacing only the same period and code.' })
  @IsBoolean()
  replace!: boolean;
}

@InputType({ description: 'A new testimonial. It is anonymised unless you say otherwise, and exported only once consent is recorded.' })
export class AddTestimonialInput {
  @Field(() => ID, { description: 'The entry.' })
  entryId!: string;

  @Field(() => String, { description: 'The quote, in the person’s own words.' })
  @Length(1, 3000, { message: 'Enter a quote of 1 to 3,000 characters.' })
  quote!: string;

  @Field(() => TestimonialSource, { description: 'Who gave it.' })
  @IsEnum(TestimonialSource)
  source!: TestimonialSource;

  @Field(() => String, { nullable: true, description: 'Who said it, e.g. "Mrs A. Khan" or "Ward 7 sister": for the team; cited only when not anonymised.' })
  @IsOptional()
  @MaxLength(200, { message: 'attribution must be at most 200 characters.' })
  attribution?: string | null;

  @Field(() => Boolean, { defaultValue: true, description: 'Cite without naming the person (default true).' })
  @IsBoolean()
  anonymised!: boolean;
}

@InputType({
  description: 'Changes to a testimonial; omitted fields stay as they are. Changing the words, or how the entry names the person, resets consent given to NOT_RECORDED (see `updateTestimonial`).',
})
export class UpdateTestimonialInput {
  @Field(() => ID, { description: 'The testimonial.' })
  testimonialId!: string;

  @Field(() => String, { nullable: true, description: 'The corrected quote, in the person’s own words. Any change to the words resets consent given.' })
  @IsOptional()
  @Length(1, 3000, { message: 'Enter a quote of 1 to 3,000 characters.' })
  quote?: string | null;

  @Field(() => TestimonialSource, { nullable: true, description: 'Who gave it.' })
  @IsOptional()
  @IsEnum(TestimonialSource, { message: 'source must be PATIENT, FAMILY, STAFF or STAKEHOLDER.' })
  source?: TestimonialSource | null;

  @Field(() => String, { nullable: true, description: 'Who said it, for the team; cited only when not anonymised. Null or empty clears it.' })
  @IsOptional()
  @MaxLength(200, { message: 'attribution must be at most 200 characters.' })
  attribution?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Cite without naming the person. Turning this off for a testimonial with an attribution names them, which resets consent given.' })
  @IsOptional()
  @IsBoolean({ message: 'anonymised must be true or false.' })
  anonymised?: boolean | null;
}

@InputType({ description: 'A testimonial to delete, with its links to judging criteria.' })
export class DeleteTestimonialInput {
  @Field(() => ID, { description: 'The testimonial.' })
  testimonialId!: string;
}

@InputType({ description: 'The consent given (or withdrawn) for a testimonial.' })
export class RecordConsentInput {
  @Field(() => ID, { description: 'The testimonial.' })
  testimonialId!: string;

  @Field(() => ConsentStatus, { description: 'GIVEN or WITHDRAWN.' })
  @IsIn([ConsentStatus.GIVEN, ConsentStatus.WITHDRAWN], { message: 'status must be GIVEN or WITHDRAWN.' })
  status!: ConsentStatus;

  @Field(() => String, { description: 'The date the person gave or withdrew consent, YYYY-MM-DD; not in the future.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be a date written YYYY-MM-DD.' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'How consent was obtained or where the form is kept.' })
  @IsOptional()
  @MaxLength(500, { message: 'note must be at most 500 characters.' })
  note?: string | null;
}

@InputType({
  description:
    'A passage that answers a criterion: `id` keeps one already linked as it is (wherever its text has moved); otherwise `sectionId` and `anchor` link new words, anchored as a comment’s passage is.',
})
export class CriterionPassageInput {
  @Field(() => ID, { nullable: true, description: 'A passage already linked to this criterion (`Criterion.passages`), kept.' })
  @IsOptional()
  id?: string | null;

  @Field(() => ID, { nullable: true, description: 'The section of the same entry whose text holds the new passage.' })
  @IsOptional()
  sectionId?: string | null;

  @Field(() => CommentAnchorInput, { nullable: true, description: 'Where the new passage is in that section’s text: a quote, or Yjs relative positions from an editor.' })
  @IsOptional()
  @ValidateNested()
  anchor?: CommentAnchorInput | null;
}

@InputType({ description: 'What answers a judging criterion. Each list given replaces the criterion’s links of that kind; an omitted list leaves them as they are.' })
export class LinkCriterionInput {
  @Field(() => ID, { description: 'The criterion (see `Section.criteria`).' })
  criterionId!: string;

  @Field(() => [ID], { nullable: true, description: 'Sections of the same entry that answer it.' })
  @IsOptional()
  @ArrayMaxSize(100)
  sectionIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Metrics of the same entry that answer it.' })
  @IsOptional()
  @ArrayMaxSize(100)
  metricIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Testimonials of the same entry that answer it.' })
  @IsOptional()
  @ArrayMaxSize(100)
  testimonialIds?: string[] | null;

  @Field(() => [CriterionPassageInput], { nullable: true, description: 'Passages of the text that answer it: replaces its passages (list those to keep by `id`).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  passages?: CriterionPassageInput[] | null;
}
