/**
 * Small-number suppression (statistical disclosure control) for counts shown in views and exports.
 *
 * Default: counts from 1 to threshold − 1 (1–4 with the default threshold of 5) are suppressed;
 * 0 is NOT suppressed by default. This matches the common "suppress 1–4 / <5" NHS and ONS
 * practice: a zero identifies no individual, and hiding zeros would hide genuine absences
 * (e.g. "no patients from this group were referred"). Some publishers use a higher threshold
 * (Hospital Episode Statistics publications suppress 1–7), so the threshold is configurable,
 * and `suppressZero` exists for contexts where even a zero would be disclosive.
 *
 * These functions handle primary suppression only. Secondary suppression (hiding a further cell
 * so that a suppressed one cannot be recovered from row or column totals) depends on how a
 * table is laid out and must be done where the table is built.
 */

export interface SuppressionOptions {
  /** Smallest count shown as is; counts 1..threshold−1 are suppressed. Default 5. */
  readonly threshold?: number;
  /** Also suppress 0. Default false. */
  readonly suppressZero?: boolean;
}

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

function assertCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  }
}

/** True when a count must not be shown. */
export function shouldSuppress(count: number, options?: SuppressionOptions): boolean {
  assertCount(count);
  const threshold = options?.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`threshold must be a whole number ≥ 1, got ${threshold}`);
  }
  if (count === 0) return options?.suppressZero ?? false;
  return count < threshold;
}

/**
 * True when a proportion (and its numerator and denominator) must not be shown: when the
 * numerator, the denominator, or the complement (denominator − numerator) is a small count.
 * The complement matters because "48 of 50" reveals that 2 people did not have the outcome.
 */
export function shouldSuppressProportion(numerator: number, denominator: number, options?: SuppressionOptions): boolean {
  assertCount(numerator);
  assertCount(denominator);
  if (numerator > denominator) {
    throw new RangeError(`numerator ${numerator} exceeds denominator ${denominator}`);
  }
  return [numerator, denominator, denominator - numerator].some((c) => shouldSuppress(c, options));
}
