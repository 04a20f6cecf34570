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
