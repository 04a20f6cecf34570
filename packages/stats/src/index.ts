/**
 * @quorum/stats: confidence intervals, gap analysis, small-number suppression and plain-language
 * wording for quantitative equity evidence. Pure functions with no dependencies.
 */
export { type ConfidenceOptions, type Interval, type IntervalResult, type NoData, Z_95, excludesZero, isInterval, width } from './interval.js';
export { confidenceLevel, normalCdf, tCdf, tQuantile } from './distributions.js';
export { type Count, moverDifference, newcombeDifference, proportionRatio, wilsonInterval } from './proportions.js';
export { type SampleSummary, type WelchResult, meanInterval, welchDifference } from './means.js';
export {
  type ChangeVerdict,
  type Direction,
  type Gap,
  type GapAnalysis,
  type GapAnalysisInput,
  type GapVerdict,
  type GroupCounts,
  type GroupGap,
  type GroupTrend,
  type Position,
  analyseGaps,
  changeVerdict,
  gapVerdict,
  position as gapPosition,
} from './gap.js';
export { ETHNIC_CATEGORIES, ONS_GROUPS, type EthnicCategory, type EthnicCategoryCode, type OnsGroup, ethnicCategoryLabel, isEthnicCategoryCode, onsGroupOf, rollUpCounts } from './ethnicity.js';
export { DEFAULT_SUPPRESSION_THRESHOLD, type SuppressionOptions, shouldSuppress, shouldSuppressProportion } from './suppression.js';
export { type SentenceOptions, describeGapChange, describeGroupChange, levelLabel } from './sentences.js';
