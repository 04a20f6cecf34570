/**
 * Intervals for rates: events per person-time or per population, as OHID's Fingertips and the
 * PHEindicatormethods R package compute them (phe_rate, byars_lower/byars_upper). A rate is
 * not a proportion: the same person may have several events, so a rate may exceed 1 per person.
 *
 * - Fewer than 10 events: the exact Poisson interval from chi-square quantiles (Garwood 1936;
 *   Ulm 1990, Am J Epidemiol 131:373–375).
 * - 10 events or more: Byar's approximation to it (Breslow & Day 1987, Statistical Methods in
 *   Cancer Research vol. II, p. 69), as Fingertips does.
 * - Ratio of two rates: the log method, exp(ln RR ± z·√(1/O₁ + 1/O₂)) (Rothman, Greenland &
 *   Lash, Modern Epidemiology, 3rd ed., ch. 14), undefined when either count is 0.
 * - Difference of two rates: MOVER (Zou & Donner 2008) applied to the two intervals above, as
 *   recommended for Poisson rate differences by Li, Tang & Wong (2012, Stat Med 31:2197–2208).
 */
import { chiSquareQuantile, confidenceLevel } from './distributions.js';
import { type ConfidenceOptions, type IntervalResult, interval, noData, zFrom } from './interval.js';
import { moverDifference } from './proportions.js';

/** Below this many events the exact interval is used; from it, Byar's (PHE/OHID practice). */
export const BYAR_FROM = 10;

function assertEvents(events: number, denominator: number): void {
  if (!Number.isInteger(events) || events < 0) throw new RangeError(`events must be a whole number ≥ 0, got ${events}`);
  if (!Number.isFinite(denominator) || denominator < 0) throw new RangeError(`denominator must be ≥ 0, got ${denominator}`);
}

/** Exact (Garwood) interval for a Poisson count O: [χ²(α/2, 2O)/2, χ²(1−α/2, 2O+2)/2]. */
export function exactPoissonLimits(events: number, options?: ConfidenceOptions): { lower: number; upper: number } {
  const alpha = 1 - confidenceLevel(zFrom(options));
  const lower = events === 0 ? 0 : chiSquareQuantile(alpha / 2, 2 * events) / 2;
  return { lower, upper: chiSquareQuantile(1 - alpha / 2, 2 * events + 2) / 2 };
}

/** Byar's approximation for a Poisson count O ≥ 1 (byars_lower and byars_upper of PHEindicatormethods). */
export function byarLimits(events: number, options?: ConfidenceOptions): { lower: number; upper: number } {
  const z = zFrom(options);
  const o = events;
  const lower = o === 0 ? 0 : o * (1 - 1 / (9 * o) - z / (3 * Math.sqrt(o))) ** 3;
  const upper = (o + 1) * (1 - 1 / (9 * (o + 1)) + z / (3 * Math.sqrt(o + 1))) ** 3;
  return { lower, upper };
}

/** Which method gives a count's interval. */
export type RateMethod = 'exact-poisson' | 'byar';

export function rateMethod(events: number): RateMethod {
  return events < BYAR_FROM ? 'exact-poisson' : 'byar';
}

/**
 * A rate events/denominator per unit (multiply by 1,000 for "per 1,000") with the exact Poisson
 * interval under 10 events and Byar's from 10. NoData when the denominator is 0.
 */
export function rateInterval(events: number, denominator: number, options?: ConfidenceOptions): IntervalResult {
  assertEvents(events, denominator);
  if (denominator === 0) return noData('No data: the denominator is zero.');
  const { lower, upper } = rateMethod(events) === 'exact-poisson' ? exactPoissonLimits(events, options) : byarLimits(events, options);
  return interval(events / denominator, lower / denominator, upper / denominator);
}

/** Rate ratio (a ÷ b) with the log-method interval; NoData when a denominator or a count is 0. */
export function rateRatio(eventsA: number, denominatorA: number, eventsB: number, denominatorB: number, options?: ConfidenceOptions): IntervalResult {
  assertEvents(eventsA, denominatorA);
  assertEvents(eventsB, denominatorB);
  const z = zFrom(options);
  if (denominatorA === 0 || denominatorB === 0) return noData('No data: a denominator is zero.');
  if (eventsA === 0 || eventsB === 0) return noData('The ratio cannot be estimated when either group has no events.');
  const ratio = eventsA / denominatorA / (eventsB / denominatorB);
  const se = Math.sqrt(1 / eventsA + 1 / eventsB);
  return interval(ratio, ratio * Math.exp(-z * se), ratio * Math.exp(z * se));
}

/** Rate difference (a − b) by MOVER from each rate's exact or Byar interval. */
export function rateDifference(eventsA: number, denominatorA: number, eventsB: number, denominatorB: number, options?: ConfidenceOptions): IntervalResult {
  return moverDifference(rateInterval(eventsA, denominatorA, options), rateInterval(eventsB, denominatorB, options));
}
