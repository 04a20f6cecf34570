import type { ChangeVerdict, ConfidenceLevel, GapPosition, GapVerdict, MetricDirection, MetricKind, TestimonialSource } from '../gql/graphql';

/** What the formatting needs to know about a metric. */
export interface MetricScale {
  kind: MetricKind;
  ratePer: number | null;
  unit: string | null;
  /** The level of its intervals; 95% when absent. */
  confidenceLevel?: ConfidenceLevel | null;
}

export const LEVEL_LABELS: Record<ConfidenceLevel, string> = { PERCENT_95: '95%', PERCENT_99_8: '99.8%' };

/** "95% CI" or "99.8% CI". */
export const ciLabel = (level?: ConfidenceLevel | null) => `${LEVEL_LABELS[level ?? 'PERCENT_95']} CI`;

export interface EstimateLike {
  available: boolean;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  reason: string | null;
}

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const RATIO = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
const COUNT = new Intl.NumberFormat('en-GB');

/** A value on the metric's display scale: percent for proportions, per N for rates, the unit for means. */
export function scaled(scale: MetricScale, value: number): number {
  if (scale.kind === 'PROPORTION') return value * 100;
  if (scale.kind === 'RATE') return value * (scale.ratePer ?? 1000);
  return value;
}

export const number = (value: number) => NUMBER.format(value);
export const count = (value: number) => COUNT.format(value);

/** The unit a value is shown in, e.g. "%", " per 1,000" or " minutes". */
export function unitOf(scale: MetricScale, difference = false): string {
  if (scale.kind === 'PROPORTION') return difference ? ' percentage points' : '%';
  if (scale.kind === 'RATE') return ` per ${COUNT.format(scale.ratePer ?? 1000)}`;
  return scale.unit ? ` ${scale.unit}` : '';
}

/** 1 decimal, or up to 4 where an interval excluding 0 would otherwise show its estimate or nearer limit as 0. */
export function decimalsFor(estimate: number, lower: number | null, upper: number | null): number {
  if (lower === null || upper === null || (lower <= 0 && upper >= 0)) return 1;
  const near = lower > 0 ? lower : upper;
  for (let d = 1; d < 4; d++) if (Number(estimate.toFixed(d)) !== 0 && Number(near.toFixed(d)) !== 0) return d;
  return 4;
}

/** "12.3% (95% CI 10.1% to 14.8%)", or the reason there is no estimate. */
export function formatEstimate(scale: MetricScale, e: EstimateLike, difference = false): string {
  if (!e.available || e.estimate === null) return e.reason ?? 'No estimate';
  const unit = unitOf(scale, difference);
  const sign = (v: number) => (difference && v > 0 ? '+' : '');
  // Rounded figures never contradict the verdict: an interval that excludes 0 shows up to three more
  // decimals rather than "0.0 (CI 0.0 to 0.1)", as the server's sentences do.
  const digits = decimalsFor(scaled(scale, e.estimate), e.lower === null ? null : scaled(scale, e.lower), e.upper === null ? null : scaled(scale, e.upper));
  const format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const show = (v: number) => `${sign(v)}${format.format(scaled(scale, v))}`;
  const point = `${show(e.estimate)}${unit}`;
  if (e.lower === null || e.upper === null) return point;
  return `${point} (${ciLabel(scale.confidenceLevel)} ${show(e.lower)} to ${show(e.upper)})`;
}

/** A ratio with its interval: "1.45 (95% CI 1.10 to 1.91)". */
export function formatRatio(e: EstimateLike, level?: ConfidenceLevel | null): string {
  if (!e.available || e.estimate === null) return e.reason ?? 'No estimate';
  if (e.lower === null || e.upper === null) return RATIO.format(e.estimate);
  return `${RATIO.format(e.estimate)} (${ciLabel(level)} ${RATIO.format(e.lower)} to ${RATIO.format(e.upper)})`;
}

/** A count the server may have hidden: "fewer than 5" rather than a number. */
export function formatCount(value: number | null, suppressed: boolean, threshold: number): string {
  if (value === null) return suppressed ? `fewer than ${threshold}` : '–';
  return COUNT.format(value);
}

export const KIND_LABELS: Record<MetricKind, string> = {
  PROPORTION: 'Proportion',
  RATE: 'Rate per N',
  MEAN: 'Mean',
};

export const DIRECTION_LABELS: Record<MetricDirection, string> = {
  HIGHER_IS_BETTER: 'Higher is better',
  LOWER_IS_BETTER: 'Lower is better',
};

export const CHANGE_LABELS: Record<ChangeVerdict, string> = {
  IMPROVED: 'Improved',
  WORSENED: 'Worsened',
  NO_CLEAR_CHANGE: 'No clear change',
  NO_DATA: 'Not enough data',
  SUPPRESSED: 'Hidden (small numbers)',
};

export const GAP_LABELS: Record<GapVerdict, string> = {
  NARROWED: 'Narrowed beyond chance',
  WIDENED: 'Widened beyond chance',
  REVERSED: 'Reversed',
  NO_CLEAR_CHANGE: 'No clear change (could be chance)',
  NO_DATA: 'Not enough data',
  SUPPRESSED: 'Hidden (small numbers)',
};

export const POSITION_LABELS: Record<GapPosition, string> = {
  WORSE: 'worse than reference',
  BETTER: 'better than reference',
  NO_CLEAR_DIFFERENCE: 'no clear difference',
  NO_DATA: 'not enough data',
  SUPPRESSED: 'hidden (small numbers)',
};

export const SOURCE_LABELS: Record<TestimonialSource, string> = {
  PATIENT: 'Patient',
  FAMILY: 'Family member or carer',
  STAFF: 'Member of staff',
  STAKEHOLDER: 'Partner or stakeholder',
};
