/**
 * Intervals for proportions: Wilson score interval for one proportion, Newcombe's hybrid
 * score interval for a difference, and a log-method (Katz) interval for a ratio.
 */
import { type ConfidenceOptions, type IntervalResult, clamp, interval, isInterval, noData, zFrom } from './interval.js';

/** A numerator/denominator pair, e.g. patients screened out of patients eligible. */
export interface Count {
  readonly numerator: number;
  readonly denominator: number;
}

/** Bad counts are caller bugs (not missing data), so they throw rather than return NoData. */
export function assertCounts(numerator: number, denominator: number): void {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator)) {
    throw new RangeError(`counts must be integers, got ${numerator}/${denominator}`);
  }
  if (numerator < 0 || numerator > denominator) {
    throw new RangeError(`need 0 ≤ numerator ≤ denominator, got ${numerator}/${denominator}`);
  }
}

/**
 * Wilson score interval without continuity correction (Wilson 1927; method 3 of Newcombe 1998,
 * Stat Med 17:857–872). Chosen because it behaves well for small n and for proportions near
 * 0 or 1, where the simple Wald interval fails. Returns NoData when the denominator is 0.
 */
export function wilsonInterval(numerator: number, denominator: number, options?: ConfidenceOptions): IntervalResult {
  assertCounts(numerator, denominator);
  const z = zFrom(options);
  if (denominator === 0) return noData('No data: the denominator is zero.');
  const n = denominator;
  const p = numerator / n;
  const z2 = z * z;
  const centre = (numerator + z2 / 2) / (n + z2);
  const half = (z * Math.sqrt((numerator * (n - numerator)) / n + z2 / 4)) / (n + z2);
  // At x = 0 or x = n the exact limit is 0 or 1; set it so rounding error cannot leave it at ±1e-17.
  const lower = numerator === 0 ? 0 : clamp(centre - half, 0, p);
  const upper = numerator === n ? 1 : clamp(centre + half, p, 1);
  return interval(p, lower, upper);
}

/**
 * MOVER ("method of variance estimates recovery", Zou & Donner 2008, Stat Med 27:1693–1702):
 * an interval for a − b built from separate intervals for a and b, assumed independent.
 * Each side combines the distances from estimate to the relevant limits by "square and add".
 * Newcombe's method 10 is exactly this applied to two Wilson intervals, and applying it to two
 * Newcombe intervals gives Newcombe's (2001, Stat Med 20:2885–2893) difference of differences.
 */
export function moverDifference(a: IntervalResult, b: IntervalResult): IntervalResult {
  if (!isInterval(a)) return a;
  if (!isInterval(b)) return b;
  const d = a.estimate - b.estimate;
  const lower = d - Math.hypot(a.estimate - a.lower, b.upper - b.estimate);
  const upper = d + Math.hypot(a.upper - a.estimate, b.estimate - b.lower);
  return interval(d, lower, upper);
}

/**
 * Difference p1 − p2 of two independent proportions with Newcombe's hybrid score interval
 * (method 10 of Newcombe 1998, "Interval estimation for the difference between independent
 * proportions: comparison of eleven methods", Stat Med 17:873–890). NoData if either denominator is 0.
 */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number, options?: ConfidenceOptions): IntervalResult {
  const d = moverDifference(wilsonInterval(x1, n1, options), wilsonInterval(x2, n2, options));
  if (!isInterval(d)) return d;
  return interval(d.estimate, clamp(d.lower, -1, d.estimate), clamp(d.upper, d.estimate, 1));
}

/**
 * Ratio p1 / p2 with the log-method interval of Katz et al. (1978):
 * exp(ln RR ± z·√(1/x1 − 1/n1 + 1/x2 − 1/n2)). The log method is undefined when either
 * numerator is 0 (the ratio is 0 or infinite), so that case returns NoData rather than
 * inventing a continuity correction.
 */
export function proportionRatio(x1: number, n1: number, x2: number, n2: number, options?: ConfidenceOptions): IntervalResult {
  assertCounts(x1, n1);
  assertCounts(x2, n2);
  const z = zFrom(options);
  if (n1 === 0 || n2 === 0) return noData('No data: a denominator is zero.');
  if (x1 === 0 || x2 === 0) {
    return noData('The ratio cannot be estimated when either group has a count of zero.');
  }
  const ratio = x1 / n1 / (x2 / n2);
  const se = Math.sqrt(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2);
  return interval(ratio, ratio * Math.exp(-z * se), ratio * Math.exp(z * se));
}
