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

/** The counts of a figure rounded to the nearest 5; the estimate and interval stay those of the unrounded counts. */
export function roundedCounts<T extends Counts>(figures: T): T {
  const round = (x: number | null | undefined) => (x == null ? x : roundToFive(x));
  return { ...figures, numerator: round(figures.numerator), denominator: round(figures.denominator), n: round(figures.n) };
}

type StandardisedCounts = { events: number | null; population: number | null };

/** Every count an analysis shows (each group's baseline and follow-up, the series, all people, the standardised rates' events and population), rounded to the nearest 5. */
export function analysisWithRoundedCounts<
  A extends { groups: { baseline: Counts; followUp: Counts }[]; timeSeries: { groups: { figures: Counts }[] }[]; overall?: Counts[]; standardisedRates?: StandardisedCounts[] },
>(analysis: A): A {
  const round = (x: number | null) => (x == null ? x : roundToFive(x));
  return {
    ...analysis,
    ...(analysis.standardisedRates ? { standardisedRates: analysis.standardisedRates.map((r) => ({ ...r, events: round(r.events), population: round(r.population) })) } : {}),
    groups: analysis.groups.map((g) => ({ ...g, baseline: roundedCounts(g.baseline), followUp: roundedCounts(g.followUp) })),
    timeSeries: analysis.timeSeries.map((p) => ({ ...p, groups: p.groups.map((g) => ({ ...g, figures: roundedCounts(g.figures) })) })),
    ...(analysis.overall ? { overall: analysis.overall.map(roundedCounts) } : {}),
  };
}
