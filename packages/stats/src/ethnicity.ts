/**
 * NHS Data Dictionary ethnic category codes (the 2001-census based 16+1 list used in NHS
 * datasets) and their roll-up to the five ONS 2021 high-level groups.
 *
 * Choice made for Chinese (R): the NHS Data Dictionary lists it under "Other Ethnic Groups",
 * following the 2001 census, but the 2021 census places Chinese in "Asian or Asian British".
 * We roll R up to "Asian or Asian British" so that figures line up with current ONS and
 * GOV.UK (Ethnicity facts and figures) publications and population denominators. Anyone
 * comparing with pre-2021 publications should note that their "Other" group included Chinese.
 * Group names follow the GOV.UK style for England (the 2021 census names add "Welsh").
 */
import type { Count } from './proportions.js';

export const ONS_GROUPS = ['White', 'Mixed or Multiple ethnic groups', 'Asian or Asian British', 'Black, Black British, Caribbean or African', 'Other ethnic group'] as const;

/** One of the five ONS high-level groups, or "Not stated" for code Z. */
export type OnsGroup = (typeof ONS_GROUPS)[number] | 'Not stated';

export type EthnicCategoryCode = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'J' | 'K' | 'L' | 'M' | 'N' | 'P' | 'R' | 'S' | 'Z';

export interface EthnicCategory {
  readonly code: EthnicCategoryCode;
  readonly label: string;
  readonly group: OnsGroup;
}

const [WHITE, MIXED, ASIAN, BLACK, OTHER] = ONS_GROUPS;

/** All codes in Data Dictionary order (I, O and Q are not used, to avoid confusion with 1 and 0). */
export const ETHNIC_CATEGORIES: readonly EthnicCategory[] = [
  { code: 'A', label: 'White British', group: WHITE },
  { code: 'B', label: 'White Irish', group: WHITE },
  { code: 'C', label: 'Any other White background', group: WHITE },
  { code: 'D', label: 'White and Black Caribbean', group: MIXED },
  { code: 'E', label: 'White and Black African', group: MIXED },
  { code: 'F', label: 'White and Asian', group: MIXED },
  { code: 'G', label: 'Any other mixed background', group: MIXED },
  { code: 'H', label: 'Indian', group: ASIAN },
  { code: 'J', label: 'Pakistani', group: ASIAN },
  { code: 'K', label: 'Bangladeshi', group: ASIAN },
  { code: 'L', label: 'Any other Asian background', group: ASIAN },
  { code: 'M', label: 'Caribbean', group: BLACK },
  { code: 'N', label: 'African', group: BLACK },
  { code: 'P', label: 'Any other Black background', group: BLACK },
  { code: 'R', label: 'Chinese', group: ASIAN }, // see the note at the top of this file
  { code: 'S', label: 'Any other ethnic group', group: OTHER },
  { code: 'Z', label: 'Not stated', group: 'Not stated' },
];

const BY_CODE = new Map<string, EthnicCategory>(ETHNIC_CATEGORIES.map((c) => [c.code, c]));

export function isEthnicCategoryCode(value: string): value is EthnicCategoryCode {
  return BY_CODE.has(value);
}

function lookup(code: EthnicCategoryCode): EthnicCategory {
  const category = BY_CODE.get(code);
  // Only reachable from untyped callers (e.g. raw database values), so fail loudly.
  if (!category) throw new RangeError(`unknown ethnic category code: ${String(code)}`);
  return category;
}

/** Human-readable label for a code, e.g. 'H' → 'Indian'. */
export function ethnicCategoryLabel(code: EthnicCategoryCode): string {
  return lookup(code).label;
}

/** ONS high-level group for a code, e.g. 'N' → 'Black, Black British, Caribbean or African'. */
export function onsGroupOf(code: EthnicCategoryCode): OnsGroup {
  return lookup(code).group;
}

/**
 * Sums counts recorded against detailed codes into ONS groups. Groups with no rows are
 * omitted; Z rows go to "Not stated" so nothing is silently dropped from totals.
 */
export function rollUpCounts(rows: readonly (Count & { readonly code: EthnicCategoryCode })[]): Map<OnsGroup, Count> {
  const totals = new Map<OnsGroup, Count>();
  for (const row of rows) {
    const group = onsGroupOf(row.code);
    const sum = totals.get(group) ?? { numerator: 0, denominator: 0 };
    totals.set(group, {
      numerator: sum.numerator + row.numerator,
      denominator: sum.denominator + row.denominator,
    });
  }
  return totals;
}
