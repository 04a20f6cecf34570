import { describedEnum, type EnumValue } from '../common/described-enum.js';

export const SpcChartType = describedEnum('SpcChartType', 'The kind of SPC chart, as NHS England’s Making Data Count chooses it.', {
  XMR: 'XmR (individuals) chart, for measures (means and rates): limits at the mean ± 2.66 × the mean moving range.',
  P: 'p-chart, for proportions: limits per period from its own denominator, p̄ ± 3√(p̄(1−p̄)/n).',
});
export type SpcChartType = EnumValue<typeof SpcChartType>;

export const SpcSide = describedEnum('SpcSide', 'Which side of the mean a signal lies.', {
  HIGH: 'Above the mean, or increasing.',
  LOW: 'Below the mean, or decreasing.',
});
export type SpcSide = EnumValue<typeof SpcSide>;

export const SpcVariation = describedEnum('SpcVariation', 'Making Data Count’s variation icon: what kind of variation a point shows.', {
  COMMON_CAUSE: 'Common cause: no rule holds; the variation is what the process gives anyway.',
  SPECIAL_CAUSE_IMPROVING: 'Special cause of an improving nature: a rule holds, on the better side.',
  SPECIAL_CAUSE_CONCERNING: 'Special cause of a concerning nature: a rule holds on the worse side.',
});
export type SpcVariation = EnumValue<typeof SpcVariation>;

export const SpcAssurance = describedEnum('SpcAssurance', 'Making Data Count’s assurance icon: whether the process will meet the target, from the latest limits.', {
  CONSISTENTLY_HIT: 'The target is outside the limits, on the worse side: the process will meet it every time unless it changes.',
  CONSISTENTLY_MISSED: 'The target is outside the limits, on the better side: the process will miss it every time unless it changes.',
  HIT_AND_MISS: 'The target is between the limits: the process will sometimes meet it and sometimes miss it.',
  NO_TARGET: 'No target is set for the metric.',
});
export type SpcAssurance = EnumValue<typeof SpcAssurance>;

export const DataQualityKind = describedEnum('DataQualityKind', 'A data quality problem in how ethnicity was recorded.', {
  NOT_STATED_HIGH: 'More than 10% of people at a period have ethnicity not stated or not known (code Z).',
  NOT_STATED_MOVED: 'The share not stated moved by more than 5 percentage points from the period before.',
  GROUP_MAKE_UP_CHANGED: 'An ONS group’s make-up changed between baseline and follow-up by more than 20 points (e.g. mostly Indian, then mostly Pakistani).',
});
export type DataQualityKind = EnumValue<typeof DataQualityKind>;
