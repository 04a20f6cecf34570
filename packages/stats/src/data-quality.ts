/**
 * Data quality of ethnicity recording, the two things that make an equity comparison
 * misleading without anything looking wrong in the figures:
 *
 * - Ethnicity not stated or not known (NHS code Z; "99" in some extracts is read as Z). A large
 *   share hides who the patients were, and a share that moves between periods changes every
 *   group's make-up. NHS Digital's Data Quality Maturity Index and the Race and Health
 *   Observatory's work on ethnicity coding both treat the Not stated share as the measure.
 * - A change in an ONS group's make-up between the periods compared: "Asian or Asian British"
 *   that is mostly Indian patients at baseline and mostly Pakistani patients at follow-up is
 *   not the same group, and its change may reflect who is counted rather than care.
 */
import { ETHNIC_CATEGORIES, ethnicCategoryLabel, onsGroupOf, type EthnicCategoryCode } from './ethnicity.js';

/** Flag a period whose Not stated share is above this (10%). */
export const NOT_STATED_THRESHOLD = 0.1;
/** Flag a move in the Not stated share of more than this between periods (5 percentage points). */
export const NOT_STATED_MOVE = 0.05;
/** Flag a group whose make-up moves by more than this (20 points): half the sum of its categories' share changes, the share of the group that would have to change category. */
export const MAKE_UP_MOVE = 0.2;

export interface NotStatedShare {
  readonly period: string;
  /** People with ethnicity not stated or not known (code Z). */
  readonly notStated: number;
  /** Everyone counted at the period. */
  readonly total: number;
  /** notStated / total; null when total is 0. */
  readonly share: number | null;
  /** The share is above the threshold. */
  readonly high: boolean;
  /** The share moved by more than the allowed points since the period before. */
  readonly moved: boolean;
  /** The change since the period before, as a fraction; null for the first period. */
  readonly changeSincePrevious: number | null;
}

export interface QualityOptions {
  readonly threshold?: number;
  readonly move?: number;
}

/**
 * The Not stated share per period, from each period's counts by code (denominators for
 * proportions and rates, n for means). Periods are taken in the order given.
 */
export function notStatedShares(periods: readonly { period: string; counts: ReadonlyMap<EthnicCategoryCode, number> }[], options: QualityOptions = {}): NotStatedShare[] {
  const threshold = options.threshold ?? NOT_STATED_THRESHOLD;
  const move = options.move ?? NOT_STATED_MOVE;
  let previous: number | null = null;
  return periods.map(({ period, counts }) => {
    const total = [...counts.values()].reduce((s, v) => s + v, 0);
    const notStated = counts.get('Z') ?? 0;
    const share = total > 0 ? notStated / total : null;
    const change = share !== null && previous !== null ? share - previous : null;
    if (share !== null) previous = share;
    // A small tolerance so that 15.0% − 10.0% computed in floating point still counts as 5 points, not more.
    return { period, notStated, total, share, high: share !== null && share > threshold + 1e-12, moved: change !== null && Math.abs(change) > move + 1e-12, changeSincePrevious: change };
  });
}

export interface MakeUpChange {
  readonly group: string;
  readonly before: string;
  readonly after: string;
  /** Each category of the group with its share at both periods, largest at follow-up first. */
  readonly shares: readonly { code: EthnicCategoryCode; label: string; before: number; after: number }[];
  /** The category with the largest share at each period. */
  readonly largestBefore: EthnicCategoryCode;
  readonly largestAfter: EthnicCategoryCode;
  /** How far the make-up moved, as a fraction (total variation distance). */
  readonly moved: number;
}

/**
 * ONS groups whose make-up changed between two periods by more than `move` (total variation
 * distance: with two categories, the points one of them gained). Groups of one category, and
 * groups without people at either period, cannot change make-up.
 */
export function makeUpChanges(
  before: { period: string; counts: ReadonlyMap<EthnicCategoryCode, number> },
  after: { period: string; counts: ReadonlyMap<EthnicCategoryCode, number> },
  move = MAKE_UP_MOVE,
): MakeUpChange[] {
  const groups = [...new Set(ETHNIC_CATEGORIES.filter((c) => c.code !== 'Z').map((c) => c.group))];
  return groups.flatMap((group) => {
    const codes = ETHNIC_CATEGORIES.filter((c) => c.group === group).map((c) => c.code);
    const total = (m: ReadonlyMap<EthnicCategoryCode, number>) => codes.reduce((s, c) => s + (m.get(c) ?? 0), 0);
    const [tb, ta] = [total(before.counts), total(after.counts)];
    if (tb === 0 || ta === 0) return [];
    const shares = codes
      .map((code) => ({ code, label: ethnicCategoryLabel(code), before: (before.counts.get(code) ?? 0) / tb, after: (after.counts.get(code) ?? 0) / ta }))
      .filter((s) => s.before > 0 || s.after > 0);
    if (shares.length < 2) return [];
    const largest = (key: 'before' | 'after') => shares.reduce((a, b) => (b[key] > a[key] ? b : a)).code;
    const largestBefore = largest('before');
    const largestAfter = largest('after');
    const moved = shares.reduce((sum, s) => sum + Math.abs(s.after - s.before), 0) / 2;
    if (moved <= move + 1e-12) return [];
    return [{ group: onsGroupOf(codes[0]), before: before.period, after: after.period, shares: [...shares].sort((a, b) => b.after - a.after), largestBefore, largestAfter, moved }];
  });
}
