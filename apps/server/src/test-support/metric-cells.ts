import type { EthnicCategoryCode } from '@quorum/stats';
import { MetricDirection, MetricKind } from '../evidence/evidence.enums.js';
import type { MetricSettings } from '../evidence/metric.analysis.js';

/** A proportion metric with the defaults a new one gets, for tests of the analysis on its own. */
export const proportion: MetricSettings = {
  name: 'Sepsis screening within one hour',
  kind: MetricKind.PROPORTION,
  direction: MetricDirection.HIGHER_IS_BETTER,
  population: 'patients',
  referenceCode: 'A',
  suppressionThreshold: 5,
};

/** One imported value: a group's numerator and denominator in a period. */
export const cell = (period: string, ethnicCode: EthnicCategoryCode, numerator: number, denominator: number) => ({ period, ethnicCode, numerator, denominator });
