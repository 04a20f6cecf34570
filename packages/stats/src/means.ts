/** Intervals for means from summary statistics (mean, standard deviation, n). */
import { type ConfidenceOptions, type Interval, type IntervalResult, type NoData, interval, noData, zFrom } from './interval.js';
import { normalCdf, tQuantile } from './distributions.js';

/** Summary of a sample: mean, sample standard deviation (n − 1 divisor) and size. */
export interface SampleSummary {
  readonly mean: number;
  readonly sd: number;
  readonly n: number;
}

function assertSummary(s: SampleSummary): void {
  if (!Number.isFinite(s.mean) || !Number.isFinite(s.sd) || s.sd < 0) {
    throw new RangeError(`mean and sd must be finite and sd ≥ 0, got mean ${s.mean}, sd ${s.sd}`);
  }
  if (!Number.isInteger(s.n) || s.n < 0) throw new RangeError(`n must be a whole number, got ${s.n}`);
}

/**
 * Mean with Student's t interval, mean ± t(n−1)·sd/√n, as PHEindicatormethods' phe_mean: the
 * normal value z is too narrow for small samples (n = 6: ±2.571·sd/√n, not ±1.960·sd/√n).
 * The two-sided level is the one z stands for (95% by default). A standard deviation needs
 * at least two observations, so n < 2 returns NoData.
 */
export function meanInterval(sample: SampleSummary, options?: ConfidenceOptions): IntervalResult {
  assertSummary(sample);
  const z = zFrom(options);
  if (sample.n < 2) return noData('Not enough data: at least two observations are needed.');
  const half = (tQuantile(normalCdf(z), sample.n - 1) * sample.sd) / Math.sqrt(sample.n);
  return interval(sample.mean, sample.mean - half, sample.mean + half);
}

/**
 * Welch interval plus the Welch–Satterthwaite degrees of freedom used; df is null when both
 * standard deviations are 0 (the interval is then just the point, and df would be 0/0).
 */
export type WelchResult = NoData | (Interval & { readonly df: number | null });

/**
 * Difference a − b of two independent means with Welch's interval, which does not assume
 * equal variances: d ± t·√(sa²/na + sb²/nb), with t from Student's t on Welch–Satterthwaite
 * degrees of freedom at the same two-sided level as z (95% by default). A t quantile rather
 * than z is used because groups in equity breakdowns are often small.
 */
export function welchDifference(a: SampleSummary, b: SampleSummary, options?: ConfidenceOptions): WelchResult {
  assertSummary(a);
  assertSummary(b);
  const z = zFrom(options);
  if (a.n < 2 || b.n < 2) return noData('Not enough data: each group needs at least two observations.');
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const d = a.mean - b.mean;
  const se = Math.sqrt(va + vb);
  if (se === 0) return { ...interval(d, d, d), df: null };
  const df = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  // Variances so small that their squares underflow leave no degrees of freedom to read.
  if (!Number.isFinite(df) || df <= 0) return noData('The spread is too small to estimate an interval.');
  const t = tQuantile(normalCdf(z), df);
  return { ...interval(d, d - t * se, d + t * se), df };
}
