/**
 * @quorum/stats: confidence intervals, gap analysis, small-number suppression and plain-language
 * wording for quantitative equity evidence. Pure functions; distribution quantiles from stdlib.
 */
export { type ConfidenceOptions, type Interval, type IntervalResult, type NoData, Z_95, excludesZero, isInterval, width } from './interval.js';
export { chiSquareQuantile, confidenceLevel, normalCdf, normalQuantile, tCdf, tQuantile, zForLevel } from './distributions.js';
export { BYAR_FROM, type RateMethod, byarLimits, exactPoissonLimits, rateDifference, rateInterval, rateMethod, rateRatio } from './rates.js';
export { AGE_BANDS, type AgeBand, type AgeBandCount, DSR_MIN_EVENTS, ESP_2013, directlyStandardisedRate, isAgeBand } from './dsr.js';
export { type PeriodOrder, type PeriodOrderStatus, comparePeriodLabels, naturalOrder, orderPeriodLabels, periodSpan } from './periods.js';
export { type Count, moverDifference, newcombeDifference, proportionRatio, wilsonInterval } from './proportions.js';
export { type SampleSummary, type WelchResult, meanInterval, welchDifference } from './means.js';
export {
  type ChangeVerdict,
  type Direction,
  type Estimator,
  type EstimatorGapInput,
  type Gap,
  type GapAnalysis,
  type GapAnalysisInput,
  type GapVerdict,
  type GroupCells,
  type GroupCounts,
  type GroupGap,
  type GroupTrend,
  type Position,
  PROPORTION_ESTIMATOR,
  analyseGaps,
  analyseGapsWith,
  changeVerdict,
  gapVerdict,
  position as gapPosition,
} from './gap.js';
export { ETHNIC_CATEGORIES, ONS_GROUPS, type EthnicCategory, type EthnicCategoryCode, type OnsGroup, ethnicCategoryLabel, isEthnicCategoryCode, onsGroupOf, rollUpCounts } from './ethnicity.js';
export { DEFAULT_SUPPRESSION_THRESHOLD, type SuppressionOptions, shouldSuppress, shouldSuppressProportion } from './suppression.js';
export { PROPORTION_SCALE, type Scale, type SentenceOptions, describeGapChange, describeGroupChange, levelLabel, meanScale, rateScale } from './sentences.js';
export {
  MIN_POINTS_FOR_LIMITS,
  RUN_LENGTH,
  XMR_LIMIT_FACTOR,
  type SpcAssurance,
  type SpcChart,
  type SpcChartType,
  type SpcOptions,
  type SpcPoint,
  type SpcResult,
  type SpcRule,
  type SpcSentenceOptions,
  type SpcSide,
  type SpcVariation,
  RUN_CHART_SHIFT,
  RUN_CHART_TREND,
  type RunChart,
  type RunChartPoint,
  describeSpc,
  pChart,
  runChart,
  runChartSignals,
  spcSignals,
  xmrChart,
} from './spc.js';
export { MAKE_UP_MOVE, NOT_STATED_MOVE, NOT_STATED_THRESHOLD, type MakeUpChange, type NotStatedShare, type QualityOptions, makeUpChanges, notStatedShares } from './data-quality.js';
