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

/** A count rounded to the nearest 5 (2.5 up), as NHS Digital publishes counts; 1 and 2 round to 0, as suppression hides them anyway. */
export const roundToFive = (count: number): number => Math.round(count / 5) * 5;

interface Counts {
  numerator?: number | null;
  denominator?: number | null;
  n?: number | null;
}

/** The counts of a figure rounded to the nearest 5; the estimate and interval stay those of the unrounded counts. */
export function roundedCounts<T extends Counts>(figures: T): T {
  const round = (x: number | null | undefined) => (x == null ? x : roundToFive(x));
  return { ...figures, numerator: round(figures.numerator), denominator: round(figures.denominator), n: round(figures.n) };
}

/** Every count an analysis shows (each group's baseline and follow-up, the series, all people), rounded to the nearest 5. */
export function analysisWithRoundedCounts<A extends { groups: { baseline: Counts; followUp: Counts }[]; timeSeries: { groups: { figures: Counts }[] }[]; overall?: Counts[] }>(analysis: A): A {
  return {
    ...analysis,
    groups: analysis.groups.map((g) => ({ ...g, baseline: roundedCounts(g.baseline), followUp: roundedCounts(g.followUp) })),
    timeSeries: analysis.timeSeries.map((p) => ({ ...p, groups: p.groups.map((g) => ({ ...g, figures: roundedCounts(g.figures) })) })),
    ...(analysis.overall ? { overall: analysis.overall.map(roundedCounts) } : {}),
  };
}
