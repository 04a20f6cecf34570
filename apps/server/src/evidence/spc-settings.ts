import { badInput } from '../common/errors.js';
import { MetricKind } from './evidence.enums.js';

/**
 * A metric's SPC settings from a create or update input, checked: a proportion's target is a
 * fraction from 0 to 1 and a rate's is not negative (both on the estimate's scale, as the
 * analysis gives values); recalculation periods are trimmed and each listed once. Absent
 * fields stay absent (undefined), so an update leaves them as they were.
 */
export function spcSettings(kind: MetricKind, input: { target?: number | null; recalculationPeriods?: string[] | null }): { target?: number | null; recalculationPeriods?: string[] } {
  const out: { target?: number | null; recalculationPeriods?: string[] } = {};
  if (input.target !== undefined) {
    const target = input.target;
    if (target !== null && kind === MetricKind.PROPORTION && (target < 0 || target > 1)) throw badInput('input.target', 'A proportion’s target is a fraction from 0 to 1, e.g. 0.9 for 90%.');
    if (target !== null && kind === MetricKind.RATE && target < 0) throw badInput('input.target', 'A rate’s target cannot be negative.');
    out.target = target;
  }
  if (input.recalculationPeriods != null) {
    const periods = input.recalculationPeriods.map((p) => p.trim());
    const blank = periods.findIndex((p) => !p);
    if (blank >= 0) throw badInput(`input.recalculationPeriods.${blank}`, 'A recalculation period cannot be blank.');
    out.recalculationPeriods = [...new Set(periods)];
  }
  return out;
}
