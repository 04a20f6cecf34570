import { bandKey, hiddenBands, type BandedCell } from './age-standardised.js';
import type { Metric } from './metric.entity.js';
import { cellKey, hiddenCells, isSmall } from './suppression.js';

/**
 * How a hidden cell is marked: PRIMARY (a small count) or SECONDARY (hidden so that a total
 * cannot give a small one away) for those who see every value; for anyone else both read
 * WITHHELD, the same mark everywhere (API, web table, files), so that nobody is told which
 * hidden cell is the small one.
 */
export type SuppressionMarkValue = 'PRIMARY' | 'SECONDARY' | 'WITHHELD';

/** The mark of every hidden cell, by `cellKey(period, code)`. */
export function suppressionMarks(metric: Pick<Metric, 'kind' | 'suppressionThreshold'>, cells: Parameters<typeof hiddenCells>[1], seesAll: boolean): Map<string, SuppressionMarkValue> {
  const hidden = hiddenCells(metric.kind, cells, metric.suppressionThreshold);
  const marks = new Map<string, SuppressionMarkValue>();
  for (const cell of cells) {
    const key = cellKey(cell.period, cell.ethnicCode);
    if (!hidden.has(key)) continue;
    marks.set(key, !seesAll ? 'WITHHELD' : isSmall(metric.kind, cell, metric.suppressionThreshold) ? 'PRIMARY' : 'SECONDARY');
  }
  return marks;
}

/**
 * The mark of every hidden age band of a rate entered by age band, by `bandKey`: a small band is
 * PRIMARY, a band of a hidden cell has the cell's mark, and a band hidden so that the cell's
 * total less the bands shown cannot give a small one away is SECONDARY (age-standardised.ts).
 */
export function bandSuppressionMarks(
  metric: Pick<Metric, 'kind' | 'suppressionThreshold'>,
  cells: readonly BandedCell[],
  cellMarks: Map<string, SuppressionMarkValue>,
  seesAll: boolean,
): Map<string, SuppressionMarkValue> {
  const { hidden, small } = hiddenBands(
    cells,
    (c) => isSmall(metric.kind, c, metric.suppressionThreshold),
    (period, code) => cellMarks.has(cellKey(period, code)),
  );
  const marks = new Map<string, SuppressionMarkValue>();
  for (const c of cells) {
    const key = bandKey(c.period, c.ethnicCode, c.ageBand);
    if (!c.ageBand || !hidden.has(key)) continue;
    marks.set(key, !seesAll ? 'WITHHELD' : small.has(key) ? 'PRIMARY' : (cellMarks.get(cellKey(c.period, c.ethnicCode)) ?? 'SECONDARY'));
  }
  return marks;
}

/** A count rounded to the nearest 5 (2.5 up), as NHS Digital publishes counts; 1 and 2 round to 0, as suppression hides them anyway. */
export const roundToFive = (count: number): number => Math.round(count / 5) * 5;

interface Counts {
  numerator?: number | null;
  denominator?: number | null;
  n?: number | null;
}

/**
 * A value with its counts (numerator, denominator, n) rounded to the nearest 5. Rounding is of
 * the values as entered, before anything is worked out from them: every figure a viewer of
 * rounded counts is shown (roll-ups, all people, percentages, rates, intervals, changes, gaps,
 * standardised rates, SPC charts, sentences) is derived from these, as NHS Digital derives
 * published figures from rounded counts, so none of them gives an exact count back.
 */
export function withRoundedCounts<T extends Counts>(value: T): T {
  const round = (x: number | null | undefined) => (x == null ? x : roundToFive(x));
  return { ...value, numerator: round(value.numerator), denominator: round(value.denominator), n: round(value.n) };
}
