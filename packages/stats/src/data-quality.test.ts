import { describe, expect, it } from 'vitest';
import { makeUpChanges, notStatedShares } from './data-quality.js';
import type { EthnicCategoryCode } from './ethnicity.js';

const counts = (entries: [EthnicCategoryCode, number][]) => new Map(entries);

describe('Not stated share', () => {
  it('flags a share above 10% and a move of more than 5 points: 30% to 60% is both', () => {
    const shares = notStatedShares([
      {
        period: 'Baseline',
        counts: counts([
          ['A', 70],
          ['Z', 30],
        ]),
      },
      {
        period: 'Follow-up',
        counts: counts([
          ['A', 40],
          ['Z', 60],
        ]),
      },
    ]);
    expect(shares).toEqual([
      { period: 'Baseline', notStated: 30, total: 100, share: 0.3, high: true, moved: false, changeSincePrevious: null },
      { period: 'Follow-up', notStated: 60, total: 100, share: 0.6, high: true, moved: true, changeSincePrevious: expect.closeTo(0.3, 12) },
    ]);
  });

  it('does not flag 10% exactly, nor a move of exactly 5 points; skips a period with nobody', () => {
    const shares = notStatedShares([
      {
        period: 'P1',
        counts: counts([
          ['A', 95],
          ['Z', 5],
        ]),
      },
      { period: 'P2', counts: counts([]) },
      {
        period: 'P3',
        counts: counts([
          ['A', 90],
          ['Z', 10],
        ]),
      },
      {
        period: 'P4',
        counts: counts([
          ['A', 84],
          ['Z', 16],
        ]),
      },
    ]);
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
    const [change, ...rest] = makeUpChanges(
      {
        period: '2023',
        counts: counts([
          ['A', 500],
          ['H', 90],
          ['J', 10],
        ]),
      },
      {
        period: '2024',
        counts: counts([
          ['A', 500],
          ['H', 10],
          ['J', 90],
        ]),
      },
    );
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ group: 'Asian or Asian British', before: '2023', after: '2024', largestBefore: 'H', largestAfter: 'J', moved: expect.closeTo(0.8, 12) });
    expect(change.shares.map((s) => [s.label, s.before, s.after])).toEqual([
      ['Pakistani', 0.1, 0.9],
      ['Indian', 0.9, 0.1],
    ]);
  });

  it('leaves a steady make-up, a one-category group and a group missing at one period alone', () => {
    expect(
      makeUpChanges(
        {
          period: 'a',
          counts: counts([
            ['H', 60],
            ['J', 40],
            ['M', 50],
            ['N', 5],
          ]),
        },
        {
          period: 'b',
          counts: counts([
            ['H', 50],
            ['J', 50],
            ['M', 20],
          ]),
        },
      ),
    ).toEqual([]);
    // 20 points exactly is not more than 20.
    expect(
      makeUpChanges(
        {
          period: 'a',
          counts: counts([
            ['H', 60],
            ['J', 40],
          ]),
        },
        {
          period: 'b',
          counts: counts([
            ['H', 40],
            ['J', 60],
          ]),
        },
      ),
    ).toEqual([]);
    expect(
      makeUpChanges(
        {
          period: 'a',
          counts: counts([
            ['H', 70],
            ['J', 30],
          ]),
        },
        {
          period: 'b',
          counts: counts([
            ['H', 40],
            ['J', 60],
          ]),
        },
      ),
    ).toHaveLength(1);
  });
});
