import { UNSUPPRESSED_ROLES as DOMAIN_UNSUPPRESSED_ROLES } from '@quorum/domain';
import { onsGroupOf, shouldSuppress, shouldSuppressProportion, type EthnicCategoryCode } from '@quorum/stats';
import { MetricKind } from './evidence.enums.js';

/** Figures of one cell, entered or rolled up. */
export interface Figures {
  numerator?: number | null;
  denominator?: number | null;
  mean?: number | null;
  sd?: number | null;
  n?: number | null;
}

/** Roles that see every figure; everyone else sees small numbers suppressed. Declared beside the permission table, which lets only them change values. */
export const UNSUPPRESSED_ROLES: readonly string[] = DOMAIN_UNSUPPRESSED_ROLES;

/**
 * Primary suppression (NHS disclosure control): a proportion's numerator, denominator or
 * complement below the threshold, a rate's events or denominator below it, or a mean resting on fewer than `threshold` people.
 */
export function isSmall(kind: MetricKind, cell: Figures, threshold: number): boolean {
  if (kind === MetricKind.MEAN) return shouldSuppress(cell.n ?? 0, { threshold });
  // A rate's events may outnumber its denominator, so it has no complement to protect: the events and the denominator.
  if (kind === MetricKind.RATE) return shouldSuppress(cell.numerator ?? 0, { threshold }) || shouldSuppress(cell.denominator ?? 0, { threshold });
  return shouldSuppressProportion(cell.numerator ?? 0, cell.denominator ?? 0, { threshold });
}

export const cellKey = (period: string, code: string) => `${period}\u0000${code}`;

/**
 * The entered cells (period and code) to hide. Besides the small ones, secondary suppression:
 * the ONS-group roll-up is shown, so where a group has exactly one hidden cell at a period,
 * its total minus the shown cells would give that cell away; the next smallest cell of the
 * group is hidden too.
 */
export function hiddenCells(kind: MetricKind, cells: (Figures & { period: string; ethnicCode: EthnicCategoryCode })[], threshold: number): Set<string> {
  const hidden = new Set<string>();
  const groups = new Map<string, typeof cells>();
  for (const cell of cells) {
    if (isSmall(kind, cell, threshold)) hidden.add(cellKey(cell.period, cell.ethnicCode));
    const group = cellKey(cell.period, onsGroupOf(cell.ethnicCode));
    groups.set(group, [...(groups.get(group) ?? []), cell]);
  }
  const size = (c: Figures) => (kind === MetricKind.MEAN ? (c.n ?? 0) : (c.denominator ?? 0));
  for (const group of groups.values()) {
    const shown = group.filter((c) => !hidden.has(cellKey(c.period, c.ethnicCode)));
    if (group.length - shown.length !== 1 || shown.length === 0) continue;
    const next = shown.sort((a, b) => size(a) - size(b))[0];
    hidden.add(cellKey(next.period, next.ethnicCode));
  }
  return hidden;
}
