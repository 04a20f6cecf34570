import { describe, expect, it } from 'vitest';
import type { ValueRow } from './metric-values.parse.js';
import { cellChanges, cellList } from './value-audit.js';

const row = (period: string, ageBand: string, numerator: number, denominator: number): ValueRow => ({ period, ethnicCode: 'A', ageBand, numerator, denominator, mean: null, sd: null, n: null });

describe('value changes of a rate by age band', () => {
  it('are one per band: a band changed, a band added, a band written no more (the cell written whole), and an unchanged band is no change', () => {
    const stored = [row('2023', '85-89', 30, 10000), row('2023', '90+', 20, 5000), row('2023', '80-84', 0, 10000)];
    const changes = cellChanges(stored, [row('2023', '85-89', 31, 10000), row('2023', '90+', 20, 5000), row('2023', '75-79', 2, 12000)], true);
    expect(changes.map((c) => [c.ageBand, c.before?.numerator ?? null, c.after?.numerator ?? null])).toEqual([
      ['75-79', null, 2],
      ['80-84', 0, null],
      ['85-89', 30, 31],
    ]);
    // The sentence names the cells with their bands, never a figure.
    expect(cellList(changes)).toBe('2023: White British aged 75-79, White British aged 80-84, White British aged 85-89');
  });

  it('keep the shape of a value for all ages: no age band in the record', () => {
    const [change] = cellChanges([], [row('2023', '', 3, 10)], false);
    expect(change).toEqual({ period: '2023', ethnicCode: 'A', before: null, after: { numerator: 3, denominator: 10, mean: null, sd: null, n: null } });
    expect(cellList([change])).toBe('2023: White British');
  });
});
