import { ETHNIC_CATEGORIES, type EthnicCategoryCode } from '@quorum/stats';
import { describedEnum, type EnumValue } from '../common/described-enum.js';

/** The NHS Data Dictionary ethnic category codes (A to S, and Z for not stated), from @quorum/stats. */
export const ETHNIC_CODES = ETHNIC_CATEGORIES.map((c) => c.code) as EthnicCategoryCode[];

export const MetricKind = describedEnum('MetricKind', 'What a metric measures, which decides the values it takes and the statistics used.', {
  PROPORTION: 'A share of people: numerator out of denominator, e.g. patients screened out of patients eligible (Wilson and Newcombe intervals).',
  RATE: 'Events per N (see `ratePer`) of person-time or population, from a count of events and a denominator; may exceed 1 per person (exact Poisson interval under 10 events, Byar’s from 10; rate ratios).',
  MEAN: 'An average, from mean, standard deviation and n per group (Student’s t interval; Welch for differences).',
});
export type MetricKind = EnumValue<typeof MetricKind>;

export const MetricDirection = describedEnum('MetricDirection', 'Which way the metric should move.', {
  HIGHER_IS_BETTER: 'A rise is an improvement, e.g. screening uptake.',
  LOWER_IS_BETTER: 'A fall is an improvement, e.g. time to antibiotics, or harm.',
});
export type MetricDirection = EnumValue<typeof MetricDirection>;

export const ConfidenceLevel = describedEnum('ConfidenceLevel', 'The two-sided level of a metric’s confidence intervals, and so of its verdicts (OHID Fingertips uses both).', {
  PERCENT_95: '95%: the usual level for a single comparison.',
  PERCENT_99_8: '99.8%: stricter, for many comparisons at once (Fingertips’ outer funnel limits, about 3 standard errors).',
});
export type ConfidenceLevel = EnumValue<typeof ConfidenceLevel>;

export const PeriodOrder = describedEnum('PeriodOrder', 'How the baseline and follow-up of an analysis were settled.', {
  CHOSEN: 'Chosen by the analyst (the metric’s baselinePeriod and followUpPeriod).',
  DETECTED: 'Read from the period labels: dates, quarters, months, financial years, or Pre/Post, Baseline/Follow-up, Before/After.',
  UNCLEAR: 'The labels do not say which period came first: nothing is compared until the baseline and follow-up are chosen.',
});
export type PeriodOrder = EnumValue<typeof PeriodOrder>;

export const GroupLevel = describedEnum('GroupLevel', 'How finely ethnic groups are told apart in an analysis.', {
  ONS_GROUP: 'The five ONS high-level groups (and Not stated), values rolled up from the detailed codes.',
  ETHNIC_CATEGORY: 'The detailed NHS ethnic category codes, as entered.',
});
export type GroupLevel = EnumValue<typeof GroupLevel>;

export const ChangeVerdict = describedEnum('ChangeVerdict', 'How a group’s value changed between baseline and follow-up, at the metric’s confidence level.', {
  IMPROVED: 'Moved the better way, beyond chance (the interval excludes zero).',
  WORSENED: 'Moved the worse way, beyond chance.',
  NO_CLEAR_CHANGE: 'The interval includes zero: the change could be due to chance.',
  NO_DATA: 'Not enough data at one of the periods.',
  SUPPRESSED: 'Hidden from you: it rests on a small number (disclosure control).',
});
export type ChangeVerdict = EnumValue<typeof ChangeVerdict>;

export const GapVerdict = describedEnum('GapVerdict', 'How the gap between a group and the reference group changed, at the metric’s confidence level.', {
  NARROWED: 'Moved towards zero beyond chance, without being clearly the other way at follow-up.',
  WIDENED: 'Moved away from zero beyond chance.',
  REVERSED: 'Moved beyond chance and is now clearly the other way.',
  NO_CLEAR_CHANGE: 'The change in the gap could be due to chance.',
  NO_DATA: 'Not enough data for one of the groups at one of the periods.',
  SUPPRESSED: 'Hidden from you: it rests on a small number (disclosure control).',
});
export type GapVerdict = EnumValue<typeof GapVerdict>;

export const GapPosition = describedEnum('GapPosition', 'Where a group stands against the reference group at one period, given the metric’s direction.', {
  WORSE: 'Worse than the reference group, beyond chance.',
  BETTER: 'Better than the reference group, beyond chance.',
  NO_CLEAR_DIFFERENCE: 'The difference could be due to chance.',
  NO_DATA: 'Not enough data for one of the two groups.',
  SUPPRESSED: 'Hidden from you: it rests on a small number (disclosure control).',
});
export type GapPosition = EnumValue<typeof GapPosition>;

export const TestimonialSource = describedEnum('TestimonialSource', 'Who gave a testimonial.', {
  PATIENT: 'A patient.',
  FAMILY: 'A patient’s family member or carer.',
  STAFF: 'A member of staff.',
  STAKEHOLDER: 'A partner or stakeholder, e.g. a community organisation or commissioner.',
});
export type TestimonialSource = EnumValue<typeof TestimonialSource>;

export const ConsentStatus = describedEnum('ConsentStatus', 'Whether the person quoted agreed to the quote being used in the entry.', {
  NOT_RECORDED: 'No consent recorded yet: never exported.',
  GIVEN: 'Consent given: the testimonial may be exported.',
  WITHDRAWN: 'Consent withdrawn: never exported.',
});
export type ConsentStatus = EnumValue<typeof ConsentStatus>;
