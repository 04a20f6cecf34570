import { describe, expect, it } from 'vitest';
import { makeUpChanges, notStatedShares } from './data-quality.js';
import type { EthnicCategoryCode } from './ethnicity.js';

/** A period's counts by ethnic category code, e.g. `at('Baseline', { A: 70, Z: 30 })`. */
const at = (period: string, counts: Partial<Record<EthnicCategoryCode, number>>) => ({ period, counts: new Map(Object.entries(counts) as [EthnicCategoryCode, number][]) });

describe('Not stated share', () => {
  it('flags a share above 10% and a move of more than 5 points: 30% to 60% is both', () => {
    const shares = notStatedShares([at('Baseline', { A: 70, Z: 30 }), at('Follow-up', { A: 40, Z: 60 })]);
    expect(shares).toEqual([
      { period: 'Baseline', notStated: 30, total: 100, share: 0.3, high: true, moved: false, changeSincePrevious: null },
      { period: 'Follow-up', notStated: 60, total: 100, share: 0.6, high: true, moved: true, changeSincePrevious: expect.closeTo(0.3, 12) },
    ]);
  });

  it('does not flag 10% exactly, nor a move of exactly 5 points; skips a period with nobody', () => {
    const shares = notStatedShares([at('P1', { A: 95, Z: 5 }), at('P2', {}), at('P3', { A: 90, Z: 10 }), at('P4', { A: 84, Z: 16 })]);
    expect(shares.map((s) => [s.share, s.high, s.moved])).toEqual([
      [0.05, false, false],
      [null, false, false],
      [0.1, false, false],
      [0.16, true, true],
    ]);
  });
});

describe('ONS group make-up', () => {
  it('flags an Asian group that was mostly Indian at baseline and mostly Pakistani at follow-up', () => {
    const [change, ...rest] = makeUpChanges(at('2023', { A: 500, H: 90, J: 10 }), at('2024', { A: 500, H: 10, J: 90 }));
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ group: 'Asian or Asian British', before: '2023', after: '2024', largestBefore: 'H', largestAfter: 'J', moved: expect.closeTo(0.8, 12) });
    expect(change.shares.map((s) => [s.label, s.before, s.after])).toEqual([
      ['Pakistani', 0.1, 0.9],
      ['Indian', 0.9, 0.1],
    ]);
  });

  it('leaves a steady make-up, a one-category group and a group missing at one period alone', () => {
    expect(makeUpChanges(at('a', { H: 60, J: 40, M: 50, N: 5 }), at('b', { H: 50, J: 50, M: 20 }))).toEqual([]);
    // 20 points exactly is not more than 20.
    expect(makeUpChanges(at('a', { H: 60, J: 40 }), at('b', { H: 40, J: 60 }))).toEqual([]);
    expect(makeUpChanges(at('a', { H: 70, J: 30 }), at('b', { H: 40, J: 60 }))).toHaveLength(1);
  });
});
