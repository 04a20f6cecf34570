/**
 * Gap analysis for a proportion metric reported per group at a baseline and a follow-up period.
 *
 * Method, in brief:
 * - each group's value at each period: Wilson score interval;
 * - each group's change (follow-up − baseline) and each gap (group − reference): Newcombe's
 *   hybrid score interval (method 10); gaps also as a ratio with a Katz log interval;
 * - change in the gap, (gap after) − (gap before), a difference of differences: MOVER
 *   (Zou & Donner 2008) applied to the two Newcombe intervals, which equals Newcombe's (2001)
 *   "square-and-add" interval for a difference between differences of four proportions.
 * A gap "narrowed beyond chance" when that interval excludes zero on the side towards zero.
 *
 * Assumption: the four proportions are independent. Ethnic groups are disjoint, so group and
 * reference are. If the same people are counted in both periods their values are usually
 * positively correlated, which makes these intervals wider than necessary (conservative), so
 * a "beyond chance" claim remains safe.
 */
import { type ConfidenceOptions, type IntervalResult, clamp, excludesZero, interval, isInterval, zFrom } from './interval.js';
import { type Count, moverDifference, newcombeDifference, proportionRatio, wilsonInterval } from './proportions.js';

export type Direction = 'higher-is-better' | 'lower-is-better';

/** One group's counts at both periods. */
export interface GroupCounts {
  readonly group: string;
  readonly baseline: Count;
  readonly followUp: Count;
}

export interface GapAnalysisInput extends ConfidenceOptions {
  readonly direction: Direction;
  /** Name of the group others are compared with; must appear in `groups`. */
  readonly referenceGroup: string;
  readonly groups: readonly GroupCounts[];
}

/** Where a group stands against the reference at one period, given the metric's direction. */
export type Position = 'worse' | 'better' | 'no-clear-difference' | 'no-data';

export interface Gap {
  /** Group − reference (proportion scale, so 0.05 = 5 percentage points), Newcombe interval. */
  readonly difference: IntervalResult;
  /** Group ÷ reference, Katz log interval. */
  readonly ratio: IntervalResult;
  readonly position: Position;
}

export type ChangeVerdict = 'improved' | 'worsened' | 'no-clear-change' | 'no-data';

/**
 * narrowed: the gap moved towards zero beyond chance (it may cross zero, but the follow-up gap
 * is not clearly the other way); reversed: moved beyond chance and the follow-up gap is clearly
 * the other way; widened: moved away from zero beyond chance.
 */
export type GapVerdict = 'narrowed' | 'widened' | 'reversed' | 'no-clear-change' | 'no-data';

export interface GroupTrend {
  readonly group: string;
  /** Proportions with Wilson intervals. */
  readonly baseline: IntervalResult;
  readonly followUp: IntervalResult;
  /** Follow-up − baseline, Newcombe interval. */
  readonly change: IntervalResult;
  readonly changeVerdict: ChangeVerdict;
}

export interface GroupGap extends GroupTrend {
  readonly gapBefore: Gap;
  readonly gapAfter: Gap;
  /** Difference of differences: gapAfter.difference − gapBefore.difference, MOVER interval. */
  readonly gapChange: IntervalResult;
  readonly gapVerdict: GapVerdict;
}

export interface GapAnalysis {
  readonly direction: Direction;
  readonly z: number;
  readonly reference: GroupTrend;
  /** Every non-reference group, in input order. */
  readonly groups: readonly GroupGap[];
}

/** +1 if an increase is good for this metric, −1 if a decrease is. */
function goodSign(direction: Direction): number {
  return direction === 'higher-is-better' ? 1 : -1;
}

/** Verdicts below are exported for other estimators (e.g. means), so that every metric kind is judged alike. */
export function changeVerdict(change: IntervalResult, direction: Direction): ChangeVerdict {
  if (!isInterval(change)) return 'no-data';
  if (!excludesZero(change)) return 'no-clear-change';
  return Math.sign(change.estimate) === goodSign(direction) ? 'improved' : 'worsened';
}

export function position(difference: IntervalResult, direction: Direction): Position {
  if (!isInterval(difference)) return 'no-data';
  if (!excludesZero(difference)) return 'no-clear-difference';
  return Math.sign(difference.estimate) === goodSign(direction) ? 'better' : 'worse';
}

export function gapVerdict(before: IntervalResult, after: IntervalResult, change: IntervalResult): GapVerdict {
  if (!isInterval(before) || !isInterval(after) || !isInterval(change)) return 'no-data';
  if (!excludesZero(change)) return 'no-clear-change';
  const side = Math.sign(before.estimate);
  if (side === 0 || Math.sign(change.estimate) === side) return 'widened';
  const clearlyOtherSide = side > 0 ? after.upper < 0 : after.lower > 0;
  return clearlyOtherSide ? 'reversed' : 'narrowed';
}

/**
 * How one kind of metric is estimated: a cell's value, the difference of two cells (used for a
 * change over time and for a gap between groups) and their ratio. Every kind is judged by the
 * same verdicts, so proportions, rates and means read alike.
 */
export interface Estimator<C> {
  value(cell: C, options: ConfidenceOptions): IntervalResult;
  /** a − b. */
  difference(a: C, b: C, options: ConfidenceOptions): IntervalResult;
  /** a ÷ b. */
  ratio(a: C, b: C, options: ConfidenceOptions): IntervalResult;
  /** Limits a difference of differences cannot pass (proportions: ±2); only guards against rounding. */
  readonly changeBounds?: readonly [number, number];
}

/** One group's cells (counts, or a mean's summary) at both periods. */
export interface GroupCells<C> {
  readonly group: string;
  readonly baseline: C;
  readonly followUp: C;
}

export interface EstimatorGapInput<C> extends ConfidenceOptions {
  readonly direction: Direction;
  readonly referenceGroup: string;
  readonly groups: readonly GroupCells<C>[];
}

/** Proportions: Wilson, Newcombe (method 10) and Katz. */
export const PROPORTION_ESTIMATOR: Estimator<Count> = {
  value: (c, o) => wilsonInterval(c.numerator, c.denominator, o),
  difference: (a, b, o) => newcombeDifference(a.numerator, a.denominator, b.numerator, b.denominator, o),
  ratio: (a, b, o) => proportionRatio(a.numerator, a.denominator, b.numerator, b.denominator, o),
  changeBounds: [-2, 2],
};

/** Runs the gap analysis with any estimator. Throws if the reference group is missing or a name repeats. */
export function analyseGapsWith<C>(estimator: Estimator<C>, input: EstimatorGapInput<C>): GapAnalysis {
  const z = zFrom(input);
  const options = { z };
  const names = new Set(input.groups.map((g) => g.group));
  if (names.size !== input.groups.length) throw new RangeError('group names must be unique');
  const ref = input.groups.find((g) => g.group === input.referenceGroup);
  if (!ref) throw new RangeError(`reference group "${input.referenceGroup}" is not among the groups`);
  const trend = (g: GroupCells<C>): GroupTrend => {
    const change = estimator.difference(g.followUp, g.baseline, options);
    return {
      group: g.group,
      baseline: estimator.value(g.baseline, options),
      followUp: estimator.value(g.followUp, options),
      change,
      changeVerdict: changeVerdict(change, input.direction),
    };
  };
  const gap = (group: C, reference: C): Gap => {
    const difference = estimator.difference(group, reference, options);
    return { difference, ratio: estimator.ratio(group, reference, options), position: position(difference, input.direction) };
  };
  const [min, max] = estimator.changeBounds ?? [-Infinity, Infinity];
  const groups = input.groups
    .filter((g) => g !== ref)
    .map((g): GroupGap => {
      const gapBefore = gap(g.baseline, ref.baseline);
      const gapAfter = gap(g.followUp, ref.followUp);
      const raw = moverDifference(gapAfter.difference, gapBefore.difference);
      const gapChange = isInterval(raw) ? interval(raw.estimate, clamp(raw.lower, min, raw.estimate), clamp(raw.upper, raw.estimate, max)) : raw;
      return { ...trend(g), gapBefore, gapAfter, gapChange, gapVerdict: gapVerdict(gapBefore.difference, gapAfter.difference, gapChange) };
    });
  return { direction: input.direction, z, reference: trend(ref), groups };
}

/** Runs the full gap analysis of proportions. Throws if the reference group is missing or a name repeats. */
export function analyseGaps(input: GapAnalysisInput): GapAnalysis {
  return analyseGapsWith(PROPORTION_ESTIMATOR, input);
}
