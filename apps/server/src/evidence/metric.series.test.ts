import { describe, expect, it } from 'vitest';
import { GroupLevel, MetricDirection, MetricKind } from './evidence.enums.js';
import type { MetricAnalysis } from './evidence.types.js';
import { withSeries, type SeriesGroup, type SeriesInput } from './metric.series.js';
import type { Figures } from './suppression.js';

const PERIODS = ['Spring', 'Summer', 'Autumn', 'Winter'];
const white: SeriesGroup = { group: 'White', byPeriod: new Map(PERIODS.map((p, i) => [p, { numerator: 50 + i, denominator: 100 }])) };

function input(): SeriesInput {
  return {
    metric: { name: 'Screening', kind: MetricKind.PROPORTION, direction: MetricDirection.HIGHER_IS_BETTER, population: 'patients' },
    cells: PERIODS.map((period, i) => ({ period, ethnicCode: 'A', numerator: 50 + i, denominator: 100 })),
    level: GroupLevel.ONS_GROUP,
    suppress: false,
    periods: PERIODS,
    groups: [white],
    reference: white,
    isHidden: () => false,
    hiddenEntered: new Set(),
    cellKey: (period, code) => `${period}\u0000${code}`,
    combine: (cells: Figures[]) => cells[0],
    figures: (cell, period, hide) => ({
      period,
      numerator: cell?.numerator ?? null,
      denominator: null,
      mean: null,
      sd: null,
      n: null,
      value: { available: false, estimate: null, lower: null, upper: null, reason: 'x' },
      suppressed: hide,
    }),
    shortName: (g) => g,
    lowerFirst: (n) => n.toLowerCase(),
  };
}
const analysis = (extra: object = {}) => ({ groups: [], sentences: [], notes: [], baselinePeriod: null, followUpPeriod: null, ...extra }) as unknown as MetricAnalysis;

describe('withSeries', () => {
  it('draws the charts in the analysis’s period order', () => {
    const result = withSeries(analysis(), input());
    expect(result.spc.map((c) => [c.group, c.available])).toEqual([
      ['All people', true],
      ['White', true],
    ]);
    expect(result.spc[0].points.map((p) => p.period)).toEqual(PERIODS);
  });

  it('withholds every chart while the order of the periods is unclear (runs and trends in a guessed order would be made up)', () => {
    const result = withSeries(analysis({ periodOrder: 'UNCLEAR' }), input());
    for (const chart of result.spc) expect(chart).toMatchObject({ available: false, points: [], sentence: null, reason: expect.stringMatching(/order of the periods is unclear/) });
    expect(result.sentences).toEqual([]);
  });
});
