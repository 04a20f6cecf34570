import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DataQualityKind, SpcAssurance, SpcChartType, SpcSide, SpcVariation } from './metric-series.enums.js';

@ObjectType({ description: 'One period on an SPC chart. Values, means and limits are on the estimate’s scale (fractions for proportions and rates).' })
export class SpcPoint {
  @Field(() => String, { description: 'The period.' })
  period!: string;

  @Field(() => Float, { description: 'The value at this period.' })
  value!: number;

  @Field(() => Float, { description: 'The centre line (mean) of this stretch of limits.' })
  mean!: number;

  @Field(() => Float, { description: 'Upper process limit (3 sigma).' })
  upperLimit!: number;

  @Field(() => Float, { description: 'Lower process limit (3 sigma).' })
  lowerLimit!: number;

  @Field(() => Float, { description: 'Mean + 2 sigma, for the two-of-three rule.' })
  upperTwoSigma!: number;

  @Field(() => Float, { description: 'Mean − 2 sigma, for the two-of-three rule.' })
  lowerTwoSigma!: number;

  @Field(() => Int, { description: 'Which stretch of limits: 0, then one more at each recalculation point.' })
  segment!: number;

  @Field(() => Boolean, { description: 'True at a recalculation point: the limits are calculated afresh from here.' })
  recalculated!: boolean;

  @Field(() => SpcSide, { nullable: true, description: 'Rule 1: a point beyond a process limit.' })
  beyondLimits!: SpcSide | null;

  @Field(() => SpcSide, { nullable: true, description: 'Rule 2 (shift): part of a run of 7 or more points on one side of the mean.' })
  shift!: SpcSide | null;

  @Field(() => SpcSide, { nullable: true, description: 'Rule 3 (trend): part of a run of 7 or more points each higher (or lower) than the one before.' })
  trend!: SpcSide | null;

  @Field(() => SpcSide, { nullable: true, description: 'Rule 4: one of two out of three consecutive points beyond 2 sigma on the same side.' })
  twoOfThree!: SpcSide | null;

  @Field(() => SpcVariation, { description: 'The point’s variation: special cause when any rule holds, improving only when every rule holding is on the better side.' })
  variation!: SpcVariation;
}

@ObjectType({ description: 'A run chart and SPC chart of one series (all people, or one group) as NHS England’s Making Data Count draws them.' })
export class SpcChart {
  @Field(() => String, { description: 'The series: "All people" (every group, Not stated included) or a group’s name.' })
  group!: string;

  @Field(() => Boolean, { description: 'True for the series of all people.' })
  isOverall!: boolean;

  @Field(() => Boolean, { description: 'False when there is no chart: fewer than two periods, or figures hidden from you (see `reason`).' })
  available!: boolean;

  @Field(() => String, { nullable: true, description: 'Why there is no chart.' })
  reason!: string | null;

  @Field(() => SpcChartType, { description: 'XmR for measures, p-chart for proportions.' })
  type!: SpcChartType;

  @Field(() => [SpcPoint], { description: 'Every period with a value, in period order.' })
  points!: SpcPoint[];

  @Field(() => SpcVariation, { nullable: true, description: 'Variation icon: the latest point’s variation.' })
  variation!: SpcVariation | null;

  @Field(() => SpcAssurance, { nullable: true, description: 'Assurance icon, against the metric’s target.' })
  assurance!: SpcAssurance | null;

  @Field(() => Float, { nullable: true, description: 'The metric’s target, on the same scale as the values.' })
  target!: number | null;

  @Field(() => Boolean, { description: 'True when the latest limits rest on fewer than 12 points: treat them as provisional.' })
  provisional!: boolean;

  @Field(() => [String], { description: 'Each rule that holds, with its side and first period, in words.' })
  signals!: string[];

  @Field(() => Float, { nullable: true, description: 'Run chart: the median of the values (null without a chart).' })
  median!: number | null;

  @Field(() => [String], {
    description: 'Run chart rules that hold (Perla, Provost and Murray 2011: a shift of 6 or more points on one side of the median, a trend of 5 or more going one way), in words.',
  })
  runSignals!: string[];

  @Field(() => String, { nullable: true, description: 'A sentence on the chart, ready to paste; special cause is claimed only when a rule holds. Null when the chart is provisional or unavailable.' })
  sentence!: string | null;

  @Field(() => String, { description: 'A text description of the chart, for readers who cannot see it.' })
  description!: string;
}

@ObjectType({ description: 'The share of people whose ethnicity was not stated or not known (code Z) at one period.' })
export class NotStatedShare {
  @Field(() => String, { description: 'The period.' })
  period!: string;

  @Field(() => Float, { nullable: true, description: 'Not stated as a fraction of everyone counted; null with nobody counted, or when hidden from you.' })
  share!: number | null;

  @Field(() => Int, { nullable: true, description: 'People not stated (denominators; n for means); null when hidden from you.' })
  notStated!: number | null;

  @Field(() => Int, { nullable: true, description: 'Everyone counted at the period; null when hidden from you.' })
  total!: number | null;

  @Field(() => Boolean, { description: 'True when the share is above 10%.' })
  high!: boolean;

  @Field(() => Boolean, { description: 'True when the share moved by more than 5 percentage points since the period before.' })
  moved!: boolean;

  @Field(() => Boolean, { description: 'True when the Not stated figures at this period are hidden from you (small numbers).' })
  suppressed!: boolean;
}

@ObjectType({ description: 'A data quality problem a reader of the analysis should know about.' })
export class DataQualityFlag {
  @Field(() => DataQualityKind, { description: 'What kind of problem.' })
  kind!: DataQualityKind;

  @Field(() => String, { nullable: true, description: 'The period concerned (the follow-up, for a change of make-up).' })
  period!: string | null;

  @Field(() => String, { nullable: true, description: 'The ONS group concerned, for a change of make-up.' })
  group!: string | null;

  @Field(() => String, { description: 'The problem in plain words.' })
  message!: string;
}

@ObjectType({ description: 'How well ethnicity was recorded: the Not stated share per period and the problems found.' })
export class DataQuality {
  @Field(() => [NotStatedShare], { description: 'The Not stated share at every period, in period order.' })
  notStated!: NotStatedShare[];

  @Field(() => [DataQualityFlag], { description: 'Problems found; empty when none.' })
  flags!: DataQualityFlag[];
}
