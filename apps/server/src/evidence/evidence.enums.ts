import { ETHNIC_CATEGORIES, type EthnicCategoryCode } from '@quorum/stats';
import { registerEnumType } from 'type-graphql';

/** The NHS Data Dictionary ethnic category codes (A to S, and Z for not stated), from @quorum/stats. */
export const ETHNIC_CODES = ETHNIC_CATEGORIES.map((c) => c.code) as EthnicCategoryCode[];

export enum MetricKind {
  PROPORTION = 'PROPORTION',
  RATE = 'RATE',
  MEAN = 'MEAN',
}
registerEnumType(MetricKind, {
  name: 'MetricKind',
  description: 'What a metric measures, which decides the values it takes and the statistics used.',
  valuesConfig: {
    PROPORTION: { description: 'A share of people: numerator out of denominator, e.g. patients screened out of patients eligible (Wilson and Newcombe intervals).' },
    RATE: { description: 'Events per N (see `ratePer`), from a numerator and a denominator no smaller than it; analysed as a proportion of the denominator.' },
    MEAN: { description: 'An average, from mean, standard deviation and n per group (normal interval; Welch for differences).' },
  },
});

export enum MetricDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}
registerEnumType(MetricDirection, {
  name: 'MetricDirection',
  description: 'Which way the metric should move.',
  valuesConfig: {
    HIGHER_IS_BETTER: { description: 'A rise is an improvement, e.g. screening uptake.' },
    LOWER_IS_BETTER: { description: 'A fall is an improvement, e.g. time to antibiotics, or harm.' },
  },
});

export enum GroupLevel {
  ONS_GROUP = 'ONS_GROUP',
  ETHNIC_CATEGORY = 'ETHNIC_CATEGORY',
}
registerEnumType(GroupLevel, {
  name: 'GroupLevel',
  description: 'How finely ethnic groups are told apart in an analysis.',
  valuesConfig: {
    ONS_GROUP: { description: 'The five ONS high-level groups (and Not stated), values rolled up from the detailed codes.' },
    ETHNIC_CATEGORY: { description: 'The detailed NHS ethnic category codes, as entered.' },
  },
});

export enum ChangeVerdict {
  IMPROVED = 'IMPROVED',
  WORSENED = 'WORSENED',
  NO_CLEAR_CHANGE = 'NO_CLEAR_CHANGE',
  NO_DATA = 'NO_DATA',
  SUPPRESSED = 'SUPPRESSED',
}
registerEnumType(ChangeVerdict, {
  name: 'ChangeVerdict',
  description: 'How a group’s value changed between baseline and follow-up, at 95% confidence.',
  valuesConfig: {
    IMPROVED: { description: 'Moved the better way, beyond chance (the interval excludes zero).' },
    WORSENED: { description: 'Moved the worse way, beyond chance.' },
    NO_CLEAR_CHANGE: { description: 'The interval includes zero: the change could be due to chance.' },
    NO_DATA: { description: 'Not enough data at one of the periods.' },
    SUPPRESSED: { description: 'Hidden from you: it rests on a small number (disclosure control).' },
  },
});

export enum GapVerdict {
  NARROWED = 'NARROWED',
  WIDENED = 'WIDENED',
  REVERSED = 'REVERSED',
  NO_CLEAR_CHANGE = 'NO_CLEAR_CHANGE',
  NO_DATA = 'NO_DATA',
  SUPPRESSED = 'SUPPRESSED',
}
registerEnumType(GapVerdict, {
  name: 'GapVerdict',
  description: 'How the gap between a group and the reference group changed, at 95% confidence.',
  valuesConfig: {
    NARROWED: { description: 'Moved towards zero beyond chance, without being clearly the other way at follow-up.' },
    WIDENED: { description: 'Moved away from zero beyond chance.' },
    REVERSED: { description: 'Moved beyond chance and is now clearly the other way.' },
    NO_CLEAR_CHANGE: { description: 'The change in the gap could be due to chance.' },
    NO_DATA: { description: 'Not enough data for one of the groups at one of the periods.' },
    SUPPRESSED: { description: 'Hidden from you: it rests on a small number (disclosure control).' },
  },
});

export enum GapPosition {
  WORSE = 'WORSE',
  BETTER = 'BETTER',
  NO_CLEAR_DIFFERENCE = 'NO_CLEAR_DIFFERENCE',
  NO_DATA = 'NO_DATA',
  SUPPRESSED = 'SUPPRESSED',
}
registerEnumType(GapPosition, {
  name: 'GapPosition',
  description: 'Where a group stands against the reference group at one period, given the metric’s direction.',
  valuesConfig: {
    WORSE: { description: 'Worse than the reference group, beyond chance.' },
    BETTER: { description: 'Better than the reference group, beyond chance.' },
    NO_CLEAR_DIFFERENCE: { description: 'The difference could be due to chance.' },
    NO_DATA: { description: 'Not enough data for one of the two groups.' },
    SUPPRESSED: { description: 'Hidden from you: it rests on a small number (disclosure control).' },
  },
});

export enum TestimonialSource {
  PATIENT = 'PATIENT',
  FAMILY = 'FAMILY',
  STAFF = 'STAFF',
  STAKEHOLDER = 'STAKEHOLDER',
}
registerEnumType(TestimonialSource, {
  name: 'TestimonialSource',
  description: 'Who gave a testimonial.',
  valuesConfig: {
    PATIENT: { description: 'A patient.' },
    FAMILY: { description: 'A patient’s family member or carer.' },
    STAFF: { description: 'A member of staff.' },
    STAKEHOLDER: { description: 'A partner or stakeholder, e.g. a community organisation or commissioner.' },
  },
});

export enum ConsentStatus {
  NOT_RECORDED = 'NOT_RECORDED',
  GIVEN = 'GIVEN',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ConsentStatus, {
  name: 'ConsentStatus',
  description: 'Whether the person quoted agreed to the quote being used in the entry.',
  valuesConfig: {
    NOT_RECORDED: { description: 'No consent recorded yet: never exported.' },
    GIVEN: { description: 'Consent given: the testimonial may be exported.' },
    WITHDRAWN: { description: 'Consent withdrawn: never exported.' },
  },
});
