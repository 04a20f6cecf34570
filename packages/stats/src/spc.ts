/**
 * Statistical process control as NHS England's "Making Data Count" (MDC) draws it: an XmR
 * (individuals) chart for measures and a p-chart for proportions, the four NHS rules, the
 * variation and assurance icons, and recalculation of the limits from a period the analyst marks.
 *
 * References: NHS England and NHS Improvement, "Making Data Count: Getting started" (2019) and
 * "Making Data Count: Strengthening your decisions" (2021); the NHS-R Community's
 * NHSRplotthedots package, which implements MDC (rules of 7, two of three beyond 2 sigma on
 * the same side, icons from the latest point). Montgomery, "Introduction to Statistical
 * Quality Control", for the p-chart (limits per point from its own denominator).
 *
 * Choices, as NHSRplotthedots makes them: a point exactly on the mean breaks a run; equal
 * neighbours break a trend; the rules look within one stretch of limits (a recalculation
 * starts the counting again); the icons describe the latest point. Unlike NHSRplotthedots'
 * default, moving ranges are not screened for outliers: the limits are the textbook ones.
 */
import type { Direction } from './gap.js';

/** XmR: limits are the mean ± 2.66 × the mean moving range (2.66 = 3 / d2, d2 = 1.128 for n = 2). */
export const XMR_LIMIT_FACTOR = 2.66;
/** The MDC rules' run lengths: a shift and a trend each need this many points. */
export const RUN_LENGTH = 7;
/** Limits from fewer points than this are provisional (NHSRplotthedots warns below 12; Making Data Count advises 15 to 20). */
export const MIN_POINTS_FOR_LIMITS = 12;

export type SpcChartType = 'xmr' | 'p';
/** Which side of the mean a signal lies: above (or increasing) is high. */
export type SpcSide = 'high' | 'low';
export type SpcVariation = 'common-cause' | 'special-cause-improving' | 'special-cause-concerning';
/** Whether the process will meet its target: `none` when no target is set. */
export type SpcAssurance = 'consistently-hit' | 'consistently-missed' | 'hit-and-miss' | 'none';

export interface SpcPoint {
  /** The period, as given. */
  readonly label: string;
  readonly value: number;
  /** Centre line of the point's stretch of limits. */
  readonly mean: number;
  /** Process limits (3 sigma). A p-chart's are clipped to 0 and 1. */
  readonly upper: number;
  readonly lower: number;
  /** The 2-sigma lines the "two of three" rule uses. */
  readonly upperTwoSigma: number;
  readonly lowerTwoSigma: number;
  /** Which stretch of limits the point belongs to: 0, then one more at each recalculation. */
  readonly segment: number;
  /** True at the first point of a stretch after a recalculation. */
  readonly recalculated: boolean;
  /** Rule 1: a point beyond a process limit. */
  readonly beyondLimits: SpcSide | null;
  /** Rule 2: part of a run of 7 or more on one side of the mean. */
  readonly shift: SpcSide | null;
  /** Rule 3: part of a run of 7 or more each higher (or lower) than the one before. */
  readonly trend: SpcSide | null;
  /** Rule 4: beyond 2 sigma, with another of three consecutive points beyond 2 sigma on the same side. */
  readonly twoOfThree: SpcSide | null;
  /** The point's variation: special cause when any rule holds, improving only when every rule that holds is on the better side. */
  readonly variation: SpcVariation;
}

export interface SpcChart {
  readonly type: SpcChartType;
  readonly direction: Direction;
  readonly points: readonly SpcPoint[];
  /** The latest point's variation (MDC's variation icon). */
  readonly variation: SpcVariation;
  /** Against the target, from the latest point's limits (MDC's assurance icon). */
  readonly assurance: SpcAssurance;
  readonly target: number | null;
  /** Fewer than {@link MIN_POINTS_FOR_LIMITS} points in the latest stretch of limits. */
  readonly provisional: boolean;
}

export interface SpcOptions {
  readonly direction: Direction;
  /** A target on the value's scale (a fraction for proportions); none when null or absent. */
  readonly target?: number | null;
  /** Labels of points from which the limits are calculated afresh; labels not in the series, or the first, are ignored. */
  readonly recalculateFrom?: readonly string[];
}

export type SpcResult = { kind: 'chart'; chart: SpcChart } | { kind: 'no-data'; reason: string };

interface Limits {
  mean: number;
  sigma: number[];
  clip: boolean;
}

/** Indices where each stretch of limits starts: 0 and every recalculation point after it. */
function segmentStarts(labels: readonly string[], recalculateFrom: readonly string[] = []): number[] {
  const marks = new Set(recalculateFrom);
  return labels.flatMap((label, i) => (i === 0 || marks.has(label) ? [i] : []));
}

/** Marks every point of each run of at least `length` consecutive indices for which `test(i)` gives the same side. */
function markRuns(n: number, length: number, sideAt: (i: number) => SpcSide | null): (SpcSide | null)[] {
  const out: (SpcSide | null)[] = new Array<SpcSide | null>(n).fill(null);
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && sideAt(i) !== null && sideAt(i) === sideAt(start)) continue;
    const side = sideAt(start);
    if (side && i - start >= length) for (let j = start; j < i; j++) out[j] = side;
    start = i;
  }
  return out;
}

const better = (direction: Direction): SpcSide => (direction === 'higher-is-better' ? 'high' : 'low');

function build(type: SpcChartType, labels: readonly string[], values: readonly number[], limitsOf: (from: number, to: number) => Limits, options: SpcOptions): SpcResult {
  if (values.length < 2) return { kind: 'no-data', reason: 'An SPC chart needs values for at least two periods.' };
  const starts = segmentStarts(labels, options.recalculateFrom);
  const ends = [...starts.slice(1), values.length];
  if (starts.some((s, k) => ends[k] - s < 2)) return { kind: 'no-data', reason: 'Each stretch of limits needs at least two periods: move or remove a recalculation point.' };

  const points: SpcPoint[] = [];
  starts.forEach((from, segment) => {
    const to = ends[segment];
    const { mean, sigma, clip } = limitsOf(from, to);
    const bound = (v: number) => (clip ? Math.min(1, Math.max(0, v)) : v);
    const x = values.slice(from, to);
    const n = x.length;
    const beyond = x.map((v, i): SpcSide | null => (v > mean + 3 * sigma[i] ? 'high' : v < mean - 3 * sigma[i] ? 'low' : null));
    const shift = markRuns(n, RUN_LENGTH, (i) => (x[i] > mean ? 'high' : x[i] < mean ? 'low' : null));
    // A trend of 7 points is 6 steps the same way: mark steps, then widen each run of steps to its points.
    const steps = markRuns(n - 1, RUN_LENGTH - 1, (i) => (x[i + 1] > x[i] ? 'high' : x[i + 1] < x[i] ? 'low' : null));
    const trend = x.map((_, i) => steps[i] ?? steps[i - 1] ?? null);
    const near = x.map((v, i): SpcSide | null => (v > mean + 2 * sigma[i] ? 'high' : v < mean - 2 * sigma[i] ? 'low' : null));
    const twoOfThree: (SpcSide | null)[] = new Array<SpcSide | null>(n).fill(null);
    for (let i = 0; i + 2 < n; i++) {
      for (const side of ['high', 'low'] as const) {
        const window = [i, i + 1, i + 2].filter((j) => near[j] === side);
        if (window.length >= 2) for (const j of window) twoOfThree[j] = side;
      }
    }
    for (let i = 0; i < n; i++) {
      const sides = [beyond[i], shift[i], trend[i], twoOfThree[i]].filter((s): s is SpcSide => s !== null);
      const variation: SpcVariation = sides.length === 0 ? 'common-cause' : sides.every((s) => s === better(options.direction)) ? 'special-cause-improving' : 'special-cause-concerning';
      points.push({
        label: labels[from + i],
        value: x[i],
        mean,
        upper: bound(mean + 3 * sigma[i]),
        lower: bound(mean - 3 * sigma[i]),
        upperTwoSigma: bound(mean + 2 * sigma[i]),
        lowerTwoSigma: bound(mean - 2 * sigma[i]),
        segment,
        recalculated: segment > 0 && i === 0,
        beyondLimits: beyond[i],
        shift: shift[i],
        trend: trend[i],
        twoOfThree: twoOfThree[i],
        variation,
      });
    }
  });

  const last = points[points.length - 1];
  const target = options.target ?? null;
  return {
    kind: 'chart',
    chart: {
      type,
      direction: options.direction,
      points,
      variation: last.variation,
      assurance: assuranceOf(last, target, options.direction),
      target,
      provisional: values.length - starts[starts.length - 1] < MIN_POINTS_FOR_LIMITS,
    },
  };
}

/**
 * MDC's assurance: a target beyond the limits is consistently hit (limits all on the better
 * side of it) or consistently missed; a target between them is hit and miss.
 */
function assuranceOf(last: SpcPoint, target: number | null, direction: Direction): SpcAssurance {
  if (target === null) return 'none';
  if (target > last.lower && target < last.upper) return 'hit-and-miss';
  const limitsAbove = target <= last.lower;
  return limitsAbove === (direction === 'higher-is-better') ? 'consistently-hit' : 'consistently-missed';
}

/**
 * XmR (individuals) chart: per stretch of limits, the mean of the values and the mean of the
 * moving ranges (|x_i − x_{i−1}| within the stretch); limits mean ± 2.66 × mean moving range.
 */
export function xmrChart(points: readonly { label: string; value: number }[], options: SpcOptions): SpcResult {
  const values = points.map((p) => p.value);
  return build(
    'xmr',
    points.map((p) => p.label),
    values,
    (from, to) => {
      const x = values.slice(from, to);
      const mean = x.reduce((s, v) => s + v, 0) / x.length;
      const ranges = x.slice(1).map((v, i) => Math.abs(v - x[i]));
      const movingRange = ranges.reduce((s, v) => s + v, 0) / ranges.length;
      return { mean, sigma: x.map(() => (XMR_LIMIT_FACTOR * movingRange) / 3), clip: false };
    },
    options,
  );
}

/**
 * p-chart: per stretch of limits, p̄ = Σ numerators / Σ denominators, and each point's limits
 * from its own denominator, p̄ ± 3 √(p̄(1 − p̄) / n_i), clipped to 0 and 1. Points with a zero
 * denominator have no proportion: leave them out before calling.
 */
export function pChart(points: readonly { label: string; numerator: number; denominator: number }[], options: SpcOptions): SpcResult {
  if (points.some((p) => p.denominator <= 0)) return { kind: 'no-data', reason: 'Every period needs a denominator above zero.' };
  return build(
    'p',
    points.map((p) => p.label),
    points.map((p) => p.numerator / p.denominator),
    (from, to) => {
      const part = points.slice(from, to);
      const mean = part.reduce((s, p) => s + p.numerator, 0) / part.reduce((s, p) => s + p.denominator, 0);
      return { mean, sigma: part.map((p) => Math.sqrt((mean * (1 - mean)) / p.denominator)), clip: true };
    },
    options,
  );
}

export type SpcRule = 'beyondLimits' | 'shift' | 'trend' | 'twoOfThree';

const RULE_WORDS: Record<SpcRule, (side: SpcSide) => string> = {
  beyondLimits: (side) => `a point ${side === 'high' ? 'above the upper' : 'below the lower'} process limit`,
  shift: (side) => `a run of ${RUN_LENGTH} or more points ${side === 'high' ? 'above' : 'below'} the mean`,
  trend: (side) => `${RUN_LENGTH} or more points in a row ${side === 'high' ? 'increasing' : 'decreasing'}`,
  twoOfThree: (side) => `two of three points beyond 2 sigma ${side === 'high' ? 'above' : 'below'} the mean`,
};

/** The rules that hold somewhere on the chart, each with its side and first period, e.g. "a run of 7 or more points above the mean (from 2024-03)". */
export function spcSignals(chart: SpcChart): { rule: SpcRule; side: SpcSide; from: string; words: string }[] {
  const out: { rule: SpcRule; side: SpcSide; from: string; words: string }[] = [];
  for (const rule of ['beyondLimits', 'shift', 'trend', 'twoOfThree'] as const) {
    for (const side of ['high', 'low'] as const) {
      const first = chart.points.find((p) => p[rule] === side);
      if (first) out.push({ rule, side, from: first.label, words: `${RULE_WORDS[rule](side)} (from ${first.label})` });
    }
  }
  return out;
}

export interface SpcSentenceOptions {
  /** What is measured, as it reads mid-sentence, e.g. "sepsis screening within one hour". */
  readonly metric: string;
  /** Who, e.g. "patients" or "Black patients". */
  readonly population: string;
}

/**
 * One sentence on the chart. It speaks of special-cause improvement (or concern) only when an
 * MDC rule holds on the better (or worse) side, naming the rule and where it starts; otherwise
 * it says the variation is common cause, whatever the first and last points are.
 */
export function describeSpc(chart: SpcChart, options: SpcSentenceOptions): string {
  const points = chart.points;
  const span = `Over ${points.length} periods (${points[0].label} to ${points[points.length - 1].label})`;
  const subject = `${options.metric} for ${options.population}`;
  const signals = spcSignals(chart);
  const good = better(chart.direction);
  const improving = signals.filter((s) => s.side === good).map((s) => s.words);
  const concerning = signals.filter((s) => s.side !== good).map((s) => s.words);
  const chartName = chart.type === 'p' ? 'p-chart' : 'XmR chart';
  if (!improving.length && !concerning.length) return `${span}, ${subject} showed common cause variation only: no SPC rule signals a change (${chartName}, Making Data Count rules).`;
  const parts = [
    ...(improving.length ? [`special cause variation of an improving nature: ${improving.join('; ')}`] : []),
    ...(concerning.length ? [`special cause variation of a concerning nature: ${concerning.join('; ')}`] : []),
  ];
  return `${span}, ${subject} showed ${parts.join(', and ')} (${chartName}, Making Data Count rules).`;
}

/** A run chart's rules (IHI, as NHS England's run chart guidance uses them): a shift is 6 points, a trend 5. */
export const RUN_CHART_SHIFT = 6;
export const RUN_CHART_TREND = 5;

export interface RunChartPoint {
  readonly label: string;
  readonly value: number;
  /** Part of a shift: 6 or more consecutive points on one side of the median (points on the median are skipped). */
  readonly shift: SpcSide | null;
  /** Part of a trend: 5 or more consecutive points going up (or down); repeated values are counted once. */
  readonly trend: SpcSide | null;
}

export interface RunChart {
  readonly median: number;
  readonly points: readonly RunChartPoint[];
}

/**
 * A run chart: the values around their median, with the run chart rules of Perla, Provost and
 * Murray, "The run chart: a simple analytical tool for learning from variation in healthcare
 * processes", BMJ Qual Saf 2011;20:46–51 (the rules NHS England's run chart guidance gives):
 * a shift of 6 or more points on one side of the median, values on the median neither adding
 * to nor breaking it; a trend of 5 or more points going one way, a repeated value counted once.
 * The runs-count and astronomical-point rules are left to the SPC chart's limits.
 */
export function runChart(points: readonly { label: string; value: number }[]): RunChart {
  const sorted = points.map((p) => p.value).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const shift: (SpcSide | null)[] = points.map(() => null);
  const trend: (SpcSide | null)[] = points.map(() => null);
  // Shifts: over the points off the median only.
  const off = points.flatMap((p, i) => (p.value === median ? [] : [{ i, side: (p.value > median ? 'high' : 'low') as SpcSide }]));
  const offRuns = markRuns(off.length, RUN_CHART_SHIFT, (k) => off[k].side);
  off.forEach((o, k) => (shift[o.i] = offRuns[k]));
  // Trends: over the points that differ from the one before (a repeat is counted once).
  const kept = points.flatMap((p, i) => (i > 0 && p.value === points[i - 1].value ? [] : [i]));
  const steps = markRuns(kept.length - 1, RUN_CHART_TREND - 1, (k) => (points[kept[k + 1]].value > points[kept[k]].value ? 'high' : 'low'));
  kept.forEach((i, k) => (trend[i] = steps[k] ?? steps[k - 1] ?? null));
  return { median, points: points.map((p, i) => ({ label: p.label, value: p.value, shift: shift[i], trend: trend[i] })) };
}

/** A run chart's signals in words, e.g. "a shift of 6 or more points above the median (from 2024-03)". */
export function runChartSignals(chart: RunChart): string[] {
  const out: string[] = [];
  for (const side of ['high', 'low'] as const) {
    const shift = chart.points.find((p) => p.shift === side);
    if (shift) out.push(`a shift of ${RUN_CHART_SHIFT} or more points ${side === 'high' ? 'above' : 'below'} the median (from ${shift.label})`);
  }
  for (const side of ['high', 'low'] as const) {
    const trend = chart.points.find((p) => p.trend === side);
    if (trend) out.push(`a trend of ${RUN_CHART_TREND} or more points ${side === 'high' ? 'going up' : 'going down'} (from ${trend.label})`);
  }
  return out;
}
