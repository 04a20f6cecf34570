/**
 * Shared result types. Every estimator returns either an interval or an explicit
 * "no data" value, so callers never have to detect NaN or Infinity.
 */

/** A point estimate with the lower and upper limits of its confidence interval. */
export interface Interval {
  readonly kind: 'interval';
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
}

/** Returned instead of an interval when the data cannot support an estimate (e.g. n = 0). */
export interface NoData {
  readonly kind: 'no-data';
  /** Plain-English reason, safe to show to users. */
  readonly reason: string;
}

export type IntervalResult = Interval | NoData;

/** Options shared by every interval function. */
export interface ConfidenceOptions {
  /** Standard normal critical value; defaults to {@link Z_95} (two-sided 95%). */
  readonly z?: number;
}

/** Two-sided 95% critical value of the standard normal distribution, to full double precision. */
export const Z_95 = 1.959963984540054;

export function interval(estimate: number, lower: number, upper: number): Interval {
  return { kind: 'interval', estimate, lower, upper };
}

export function noData(reason: string): NoData {
  return { kind: 'no-data', reason };
}

export function isInterval(result: IntervalResult): result is Interval {
  return result.kind === 'interval';
}

/** True when the interval lies wholly above or wholly below zero ("beyond chance" at its level). */
export function excludesZero(result: IntervalResult): boolean {
  return isInterval(result) && (result.lower > 0 || result.upper < 0);
}

/** Width of an interval (upper − lower), for comparing precision. */
export function width(result: Interval): number {
  return result.upper - result.lower;
}

/** Reads and validates the z option; bad options are programming errors, so they throw. */
export function zFrom(options: ConfidenceOptions | undefined): number {
  const z = options?.z ?? Z_95;
  if (!Number.isFinite(z) || z <= 0) throw new RangeError(`z must be a positive finite number, got ${z}`);
  return z;
}

/** Clamps limits into a known range: the maths guarantees it, floating point may not. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
