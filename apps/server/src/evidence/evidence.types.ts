import { describedEnum, type EnumValue } from '../common/described-enum.js';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Criterion } from '../sections/criterion.entity.js';
import { Section } from '../sections/section.entity.js';
import { ChangeVerdict, ConfidenceLevel, GapPosition, GapVerdict, GroupLevel, PeriodOrder } from './evidence.enums.js';
import { AnalysisMethod } from './metric-methods.types.js';
import { Metric } from './metric.entity.js';
import { DataQuality, SpcChart } from './metric-series.types.js';
import { FigureOutOfStep } from '../figures/figure.types.js';

/** How a hidden cell is marked (evidence/analysis-file.ts, suppressionMarks). */
export const SuppressionMark = describedEnum('SuppressionMark', 'Why a cell of a metric is hidden by disclosure control.', {
  PRIMARY: 'A small count: below the metric’s threshold (or its complement is).',
  SECONDARY: 'Not small itself, but hidden so that a shown total cannot give a small count away.',
  WITHHELD: 'Hidden from you; which hidden cells are small is not said, so that primary and secondary suppression look alike.',
});
export type SuppressionMark = EnumValue<typeof SuppressionMark>;

@ObjectType({ description: 'An NHS Data Dictionary ethnic category and its ONS high-level group.' })
export class EthnicCategory {
  @Field(() => String, { description: 'The code, A to S, or Z for not stated.' })
  code!: string;

  @Field(() => String, { description: 'What it means, e.g. "Bangladeshi".' })
  label!: string;

  @Field(() => String, { description: 'Its ONS high-level group, e.g. "Asian or Asian British"; "Not stated" for Z.' })
  onsGroup!: string;
}

@ObjectType({
  description:
    'An estimate with its confidence interval (at `MetricAnalysis.confidence`, 95% unless the metric says 99.8%), or the reason there is none. Proportions and rates are fractions (0.123 = 12.3%; multiply a rate by `Metric.ratePer`, and a rate may exceed 1); differences of them are on the same scale; ratios are plain; means are in the metric’s unit.',
})
export class Estimate {
  @Field(() => Boolean, { description: 'False when there is no estimate: no data, or hidden from you (see `reason`).' })
  available!: boolean;

  @Field(() => Float, { nullable: true, description: 'The point estimate.' })
  estimate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower limit of the confidence interval.' })
  lower!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper limit of the confidence interval.' })
  upper!: number | null;

  @Field(() => String, { nullable: true, description: 'Why there is no estimate, in plain words.' })
  reason!: string | null;
}

@ObjectType({ description: 'One group’s figures at one period, as entered or rolled up. Hidden figures are null.' })
export class GroupFigures {
  @Field(() => String, { description: 'The period.' })
  period!: string;

  @Field(() => Int, { nullable: true, description: 'Numerator (proportions and rates).' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Denominator (proportions and rates).' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean (means).' })
  mean!: number | null;

  @Field(() => Float, { nullable: true, description: 'Standard deviation (means).' })
  sd!: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of people (means).' })
  n!: number | null;

  @Field(() => Estimate, { description: 'The value with its interval (Wilson for proportions; exact Poisson under 10 events and Byar’s from 10 for rates; t for means).' })
  value!: Estimate;

  @Field(() => Boolean, { description: 'True when the figures are hidden from you because they rest on small numbers.' })
  suppressed!: boolean;
}

@ObjectType({ description: 'A group against the reference group at one period.' })
export class GapEstimate {
  @Field(() => Estimate, { description: 'Group minus reference (Newcombe hybrid score interval for proportions; MOVER from the two rates’ intervals for rates; Welch for means).' })
  difference!: Estimate;

  @Field(() => Estimate, { description: 'Group divided by reference (Katz log interval for proportions; log-method rate ratio for rates); not for means.' })
  ratio!: Estimate;

  @Field(() => GapPosition, { description: 'Whether the group is clearly worse, better, or not clearly different.' })
  position!: GapPosition;
}

@ObjectType({ description: 'One ethnic group’s baseline, follow-up, change and gap with the reference group.' })
export class GroupAnalysis {
  @Field(() => String, { description: 'The group: an ONS group name or an ethnic category label.' })
  group!: string;

  @Field(() => String, { nullable: true, description: 'The ethnic category code, at the ETHNIC_CATEGORY level.' })
  code!: string | null;

  @Field(() => Boolean, { description: 'True for the reference group.' })
  isReference!: boolean;

  @Field(() => GroupFigures, { description: 'Figures at the baseline period.' })
  baseline!: GroupFigures;

  @Field(() => GroupFigures, { description: 'Figures at the follow-up period.' })
  followUp!: GroupFigures;

  @Field(() => Estimate, { description: 'Follow-up minus baseline (Newcombe for proportions; MOVER of rates; Welch for means).' })
  change!: Estimate;

  @Field(() => ChangeVerdict, { description: 'Whether the group improved beyond chance.' })
  changeVerdict!: ChangeVerdict;

  @Field(() => GapEstimate, { nullable: true, description: 'Gap with the reference group at baseline; null for the reference group.' })
  gapBefore!: GapEstimate | null;

  @Field(() => GapEstimate, { nullable: true, description: 'Gap with the reference group at follow-up; null for the reference group.' })
  gapAfter!: GapEstimate | null;

  @Field(() => Estimate, { nullable: true, description: 'Gap after minus gap before (MOVER: Newcombe’s difference of differences); null for the reference group.' })
  gapChange!: Estimate | null;

  @Field(() => GapVerdict, { nullable: true, description: 'How the gap changed; null for the reference group.' })
  gapVerdict!: GapVerdict | null;

  @Field(() => Boolean, { description: 'True when the gap narrowed beyond chance (gapVerdict NARROWED).' })
  narrowedBeyondChance!: boolean;

  @Field(() => Boolean, { description: 'True when some of this group’s figures are hidden from you (small numbers).' })
  suppressed!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'A sentence on the group’s change, ready to paste into a section (percentages, rates per N, or the mean’s unit); null until the baseline and follow-up are settled.',
  })
  changeSentence!: string | null;

  @Field(() => String, { nullable: true, description: 'A sentence on how its gap with the reference group changed; null until the baseline and follow-up are settled.' })
  gapSentence!: string | null;
}

@ObjectType({ description: 'One group at one period of a time series.' })
export class PeriodGroup {
  @Field(() => String, { description: 'The group.' })
  group!: string;

  @Field(() => String, { nullable: true, description: 'The ethnic category code, at the ETHNIC_CATEGORY level.' })
  code!: string | null;

  @Field(() => Boolean, { description: 'True for the reference group.' })
  isReference!: boolean;

  @Field(() => GroupFigures, { description: 'The group’s figures at this period.' })
  figures!: GroupFigures;

  @Field(() => Estimate, { nullable: true, description: 'Group minus reference at this period; null for the reference group and for Not stated.' })
  gapToReference!: Estimate | null;
}

@ObjectType({ description: 'Every group at one period, for charts of the gap over time.' })
export class MetricPeriod {
  @Field(() => String, { description: 'The period.' })
  period!: string;

  @Field(() => [PeriodGroup], { description: 'The groups with values, reference group first.' })
  groups!: PeriodGroup[];
}

@ObjectType({
  description:
    'A group’s directly age-standardised rate at one period (values entered by age band): each band’s rate weighted by the 2013 European Standard Population, with Dobson’s interval; not shown under 10 events.',
})
export class StandardisedRate {
  @Field(() => String, { description: 'The group: an ONS group name or an ethnic category label.' })
  group!: string;

  @Field(() => String, { nullable: true, description: 'The ethnic category code, at the ETHNIC_CATEGORY level.' })
  code!: string | null;

  @Field(() => Boolean, { description: 'True for the reference group.' })
  isReference!: boolean;

  @Field(() => String, { description: 'The period.' })
  period!: string;

  @Field(() => Int, { nullable: true, description: 'Events in all its age bands (null when hidden from you).' })
  events!: number | null;

  @Field(() => Int, { nullable: true, description: 'Population or person-time in all its age bands (null when hidden from you).' })
  population!: number | null;

  @Field(() => Int, { description: 'How many of the standard’s 19 age bands have values.' })
  ageBands!: number;

  @Field(() => Estimate, {
    description: 'The age-standardised rate per person (multiply by `Metric.ratePer`, as the crude rate) with Dobson’s interval at the analysis’s level; unavailable under 10 events or when hidden.',
  })
  value!: Estimate;

  @Field(() => Estimate, { description: 'The crude rate of the same events and population (exact Poisson under 10 events, Byar’s from 10), beside it for comparison.' })
  crude!: Estimate;

  @Field(() => Boolean, { description: 'True when it is hidden from you because it rests on small numbers.' })
  suppressed!: boolean;
}

@ObjectType({ description: 'The equity analysis of a metric: each group’s value, change and gap with the reference group, with intervals at the metric’s confidence level.' })
export class MetricAnalysis {
  @Field(() => GroupLevel, { description: 'How finely groups are told apart.' })
  level!: GroupLevel;

  @Field(() => ConfidenceLevel, { description: 'The level of every interval and verdict (the metric’s setting).' })
  confidenceLevel!: ConfidenceLevel;

  @Field(() => Float, { description: 'The same level as a fraction, e.g. 0.95 or 0.998.' })
  confidence!: number;

  @Field(() => PeriodOrder, { description: 'How the baseline and follow-up were settled: chosen, read from the labels, or UNCLEAR (then nothing is compared and `message` asks for a choice).' })
  periodOrder!: PeriodOrder;

  @Field(() => [AnalysisMethod], { description: 'Every statistical method this analysis uses, with its reference.' })
  methods!: AnalysisMethod[];

  @Field(() => Boolean, { description: 'False when the metric has no values yet.' })
  hasData!: boolean;

  @Field(() => String, { nullable: true, description: 'Why there is no comparison, when there is none, e.g. no values or only one period.' })
  message!: string | null;

  @Field(() => [String], { description: 'The periods with values, in order.' })
  periods!: string[];

  @Field(() => String, { nullable: true, description: 'The period compared as baseline.' })
  baselinePeriod!: string | null;

  @Field(() => String, { nullable: true, description: 'The period compared as follow-up.' })
  followUpPeriod!: string | null;

  @Field(() => String, { description: 'The reference group others are compared with.' })
  referenceGroup!: string;

  @Field(() => Int, { description: 'Counts from 1 to this minus one are hidden from everyone but analysts.' })
  suppressionThreshold!: number;

  @Field(() => Boolean, { description: 'True when some figures are hidden from you.' })
  suppressionApplied!: boolean;

  @Field(() => [GroupAnalysis], { description: 'Baseline against follow-up, per group, reference group first; empty without two periods.' })
  groups!: GroupAnalysis[];

  @Field(() => [MetricPeriod], { description: 'Every period’s values and gaps, for charts.' })
  timeSeries!: MetricPeriod[];

  @Field(() => Boolean, {
    description: 'True when the values come by age band: `standardisedRates` then holds each group’s age-standardised rate, and every other figure is the crude one (the bands summed).',
  })
  ageStandardised!: boolean;

  @Field(() => [StandardisedRate], {
    description: 'Directly age-standardised rates (2013 European Standard Population, Dobson’s interval) per group and period, reference group first; empty unless the values come by age band.',
  })
  standardisedRates!: StandardisedRate[];

  @Field(() => [GroupFigures], { description: 'All people (every group, Not stated included) at every period, with intervals: the whole series, not only baseline and follow-up.' })
  overall!: GroupFigures[];

  @Field(() => [SpcChart], { description: 'Run and SPC charts (Making Data Count) of the whole series: all people first, then the reference group and each group compared.' })
  spc!: SpcChart[];

  @Field(() => DataQuality, { description: 'How well ethnicity was recorded: the Not stated share per period, and flags (a high or moving Not stated share, a group whose make-up changed).' })
  dataQuality!: DataQuality;

  @Field(() => [String], { description: 'The gap sentences of every group that has one, ready to paste.' })
  sentences!: string[];

  @Field(() => [String], { description: 'Things a reader should know, e.g. a missing reference group or hidden figures.' })
  notes!: string[];
}

/**
 * A cell's five figures (those of the metric's other kind null), shared by a value as stored (MetricValue)
 * and a value before or after a change (ChangedFigures). Nothing returns it itself: not in the schema.
 */
@ObjectType()
export class CellFigures {
  @Field(() => Int, { nullable: true, description: 'Numerator.' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Denominator.' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean.' })
  mean!: number | null;

  @Field(() => Float, { nullable: true, description: 'Standard deviation.' })
  sd!: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of people.' })
  n!: number | null;
}

@ObjectType('MetricValue', { description: 'A metric’s figures for one period and ethnic category, as entered. Hidden figures are null.' })
export class MetricValueView extends CellFigures {
  @Field(() => String, { description: 'The period, e.g. "2023-Q1" or "Baseline".' })
  period!: string;

  @Field(() => String, { description: 'NHS ethnic category code.' })
  ethnicCode!: string;

  @Field(() => String, { description: 'What the code means.' })
  ethnicCategory!: string;

  @Field(() => String, { nullable: true, description: 'The age band (2013 European Standard Population, e.g. "45-49" or "90+") for a rate entered by age band; null for a value for all ages.' })
  ageBand!: string | null;

  @Field(() => String, { description: 'The code’s ONS high-level group.' })
  onsGroup!: string;

  @Field(() => SuppressionMark, {
    nullable: true,
    description:
      'Whether exports and roles that see small numbers suppressed hide this cell: PRIMARY (a small count) or SECONDARY (it would reveal one through a group total), told to those who see every value; WITHHELD (hidden from you, its figures null) to anyone else, who is not told which hidden cell is the small one. Null: shown to everyone.',
  })
  suppressed!: SuppressionMark | null;
}

@ObjectType({ description: 'A section with more words than its limit.' })
export class SectionOverLimit {
  @Field(() => Section, { description: 'The section.' })
  section!: Section;

  @Field(() => Int, { description: 'Words in it now.' })
  wordCount!: number;

  @Field(() => Int, { description: 'Its word limit.' })
  wordLimit!: number;
}

@ObjectType({ description: 'A sign-off a section still needs.' })
export class MissingSignOff {
  @Field(() => Section, { description: 'The section.' })
  section!: Section;

  @Field(() => String, { description: 'The sign-off slot’s key, e.g. "clinician".' })
  slotKey!: string;

  @Field(() => String, { description: 'What the slot needs, e.g. "A clinician (medic or nurse)".' })
  label!: string;
}

@ObjectType({ description: 'A gap in the quantitative evidence the brief asks for.' })
export class MissingEvidence {
  @Field(() => String, { description: 'What is missing, in plain words.' })
  message!: string;

  @Field(() => Metric, { nullable: true, description: 'The metric concerned, if one.' })
  metric!: Metric | null;
}

@ObjectType({ description: 'What stands between the entry and submission.' })
export class Readiness {
  @Field(() => Boolean, { description: 'True when every check ran and none found anything.' })
  ready!: boolean;

  @Field(() => [Criterion], { description: 'Judging criteria linked to no section, metric or testimonial, nor to a passage still in the text (see `linkCriterion`).' })
  uncoveredCriteria!: Criterion[];

  @Field(() => [SectionOverLimit], { description: 'Sections over their word limit.' })
  sectionsOverWordLimit!: SectionOverLimit[];

  @Field(() => [MissingSignOff], { description: 'Sign-offs still needed.' })
  missingSignOffs!: MissingSignOff[];

  @Field(() => [MissingEvidence], { description: 'Missing quantitative evidence: no metric, or metrics without a baseline and follow-up.' })
  missingQuantitativeEvidence!: MissingEvidence[];

  @Field(() => [MissingEvidence], {
    description: 'Data quality warnings on metrics (a high or moving Not stated share, a group whose make-up changed): shown for the team to explain in the text; they do not keep `ready` false.',
  })
  dataQualityWarnings!: MissingEvidence[];

  @Field(() => [FigureOutOfStep], {
    description: 'Figures from the evidence in the text that no longer say what it says (`Section.figures`): each keeps `ready` false until updated, unlinked or deleted.',
  })
  figuresOutOfStep!: FigureOutOfStep[];

  @Field(() => [String], { description: 'Checks that could not run yet, so `ready` stays false, e.g. "sign-offs".' })
  checksNotRun!: string[];
}
