import { describe, expect, it } from 'vitest';
import { describeSpc, pChart, runChart, runChartSignals, spcSignals, xmrChart, type SpcChart, type SpcOptions, type SpcRule } from './spc.js';

const HIGHER: SpcOptions = { direction: 'higher-is-better' };
/** 10, 12, 10, 12, …: mean 11, every moving range 2, no rule can hold. */
const alternating = (n: number): number[] => Array.from({ length: n }, (_, i) => (i % 2 ? 12 : 10));
const series = (values: number[]) => values.map((value, i) => ({ label: `P${i + 1}`, value }));

function xmr(values: number[], options: SpcOptions = HIGHER): SpcChart {
  const result = xmrChart(series(values), options);
  if (result.kind !== 'chart') throw new Error(result.reason);
  return result.chart;
}

const RULES: SpcRule[] = ['beyondLimits', 'shift', 'trend', 'twoOfThree'];
/** For each rule, the 0-based indices of the points it flags. */
const flagged = (chart: SpcChart) => Object.fromEntries(RULES.map((rule) => [rule, chart.points.flatMap((p, i) => (p[rule] ? [i] : []))]));
const only = (rule: SpcRule, indices: number[]) => Object.fromEntries(RULES.map((r) => [r, r === rule ? indices : []]));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('XmR chart (Making Data Count)', () => {
  it('sets limits at the mean ± 2.66 × the mean moving range, and 2 sigma at two thirds of that', () => {
    const chart = xmr(alternating(20));
    expect(chart.type).toBe('xmr');
    const p = chart.points[0];
    expect(p.mean).toBeCloseTo(11, 10);
    expect(p.upper).toBeCloseTo(11 + 2.66 * 2, 10);
    expect(p.lower).toBeCloseTo(11 - 2.66 * 2, 10);
    expect(p.upperTwoSigma).toBeCloseTo(11 + ((2 * 2.66) / 3) * 2, 10);
    expect(flagged(chart)).toEqual(only('beyondLimits', []));
    expect(chart.variation).toBe('common-cause');
    expect(chart.provisional).toBe(false);
    // A worked example by hand: 5, 7, 6, 9, 8 → mean 7, moving ranges 2, 1, 3, 1 → mean 1.75, limits 7 ± 4.655.
    const small = xmr([5, 7, 6, 9, 8]);
    expect([small.points[0].lower, small.points[0].upper]).toEqual([expect.closeTo(2.345, 10), expect.closeTo(11.655, 10)]);
    expect(small.provisional).toBe(true);
  });

  it('rule 1: a point beyond a limit fires alone; inside the limits it does not', () => {
    const values = alternating(20);
    values[10] = 30; // mean 12, mean moving range 70/19, upper limit 21.8
    const chart = xmr(values);
    expect(chart.points[0].upper).toBeCloseTo(12 + (2.66 * 70) / 19, 10);
    expect(flagged(chart)).toEqual(only('beyondLimits', [10]));
    expect(chart.points[10]).toMatchObject({ beyondLimits: 'high', variation: 'special-cause-improving' });
    // The latest point is common cause: the icon says so, even with a signal earlier on.
    expect(chart.variation).toBe('common-cause');
    // Lower is better: the same point is a concern.
    expect(xmr(values, { direction: 'lower-is-better' }).points[10].variation).toBe('special-cause-concerning');
    values[10] = 16; // mean 11.3, upper limit 11.3 + 2.66 × 42/19 = 17.18: inside
    const inside = xmr(values);
    expect(inside.points[0].upper).toBeCloseTo(11.3 + (2.66 * 42) / 19, 10);
    expect(flagged(inside)).toEqual(only('beyondLimits', []));
  });

  it('rule 2: a run of 7 on one side of the mean fires; a run of 6 does not', () => {
    // Points 10 to 16 alternate 12.5 and 11.5 (all above the mean, 11.36); point 9 (12) is above too, so the run is 8 long.
    const seven = xmr([...alternating(10), 12.5, 11.5, 12.5, 11.5, 12.5, 11.5, 12.5, ...alternating(4)]);
    expect(flagged(seven)).toEqual(only('shift', range(9, 16)));
    expect(seven.points[12].shift).toBe('high');
    // Point 8 (10) is below: the run is points 9 to 14 only, six long.
    const six = xmr([...alternating(9), 12.5, 11.5, 12.5, 11.5, 12.5, 11.5, 10, 12, 10, 12]);
    expect(flagged(six)).toEqual(only('shift', []));
  });

  it('a point exactly on the mean breaks a run', () => {
    // Mean exactly 11: seven points above it with one at 11 in the middle are two runs of 3.
    const values = [9, 13, 9, 13, 9, 13, 9, 12, 12, 12, 11, 12, 12, 12, 9, 9];
    const chart = xmr(values);
    expect(chart.points[0].mean).toBe(11);
    expect(flagged(chart)).toEqual(only('shift', []));
    values[10] = 12; // mean 11.0625: now seven in a row above it
    expect(flagged(xmr(values))).toEqual(only('shift', range(7, 13)));
  });

  it('rule 3: a trend of 7 increasing points fires; 6 do not, nor do equal neighbours', () => {
    const seven = xmr([...alternating(8), 10.2, 10.4, 10.6, 10.8, 11.0, 11.2, 11.4, ...alternating(4)]);
    expect(flagged(seven)).toEqual(only('trend', range(8, 14)));
    expect(seven.points[8].trend).toBe('high');
    const six = xmr([...alternating(8), 10.2, 10.4, 10.6, 10.8, 11.0, 11.2, 10, 12, 10, 12]);
    expect(flagged(six)).toEqual(only('trend', []));
    const flat = xmr([...alternating(8), 10.2, 10.4, 10.6, 10.6, 10.8, 11.0, 11.2, 10, 12, 10, 12]);
    expect(flagged(flat)).toEqual(only('trend', []));
    // Decreasing from point 7 (12) to point 15 (10), lower is better: an improvement.
    const falling = xmr([...alternating(8), 11.4, 11.2, 11.0, 10.8, 10.6, 10.4, 10.2, ...alternating(4)], { direction: 'lower-is-better' });
    expect(flagged(falling)).toEqual(only('trend', range(7, 15)));
    expect(falling.points[14]).toMatchObject({ trend: 'low', variation: 'special-cause-improving' });
  });

  it('rule 4: two of three points beyond 2 sigma on the same side fire; one, or two on opposite sides, do not', () => {
    const two = xmr([...alternating(12), 16.5, 11, 16.5, ...alternating(6)]);
    expect(two.points[0].upperTwoSigma).toBeLessThan(16.5);
    expect(two.points[0].upper).toBeGreaterThan(16.5);
    expect(flagged(two)).toEqual(only('twoOfThree', [12, 14]));
    const one = xmr([...alternating(12), 16.5, 11, 12, ...alternating(6)]);
    expect(one.points[0].upperTwoSigma).toBeLessThan(16.5);
    expect(flagged(one)).toEqual(only('twoOfThree', []));
    const opposite = xmr([...alternating(12), 16.5, 11, 5.5, ...alternating(6)]);
    expect(opposite.points[14].value).toBeLessThan(opposite.points[0].lowerTwoSigma);
    expect(opposite.points[12].value).toBeGreaterThan(opposite.points[0].upperTwoSigma);
    expect(flagged(opposite)).toEqual(only('twoOfThree', []));
  });

  it('recalculates the limits from a marked period, and the rules count afresh from it', () => {
    const values = [...alternating(10), ...alternating(10).map((v) => v + 10)];
    const whole = xmr(values);
    expect(whole.points.some((p) => p.shift)).toBe(true);
    const split = xmr(values, { ...HIGHER, recalculateFrom: ['P11'] });
    expect(split.points.map((p) => p.segment)).toEqual([...Array(10).fill(0), ...Array(10).fill(1)]);
    expect(split.points[10]).toMatchObject({ recalculated: true, mean: 21 });
    expect(split.points[9]).toMatchObject({ recalculated: false, mean: 11 });
    expect(flagged(split)).toEqual(only('shift', []));
    // A label that is not in the series is ignored; a stretch of one point is refused.
    expect(xmr(values, { ...HIGHER, recalculateFrom: ['P99'] }).points.every((p) => p.segment === 0)).toBe(true);
    expect(xmrChart(series(values), { ...HIGHER, recalculateFrom: ['P20'] })).toMatchObject({ kind: 'no-data' });
    expect(xmrChart(series([1]), HIGHER)).toMatchObject({ kind: 'no-data' });
  });

  it('assurance: a target beyond the limits is consistently hit or missed, between them hit and miss', () => {
    const values = alternating(20); // limits 5.68 to 16.32
    expect(xmr(values).assurance).toBe('none');
    expect(xmr(values, { ...HIGHER, target: 5 }).assurance).toBe('consistently-hit');
    expect(xmr(values, { ...HIGHER, target: 17 }).assurance).toBe('consistently-missed');
    expect(xmr(values, { ...HIGHER, target: 11 }).assurance).toBe('hit-and-miss');
    expect(xmr(values, { direction: 'lower-is-better', target: 17 }).assurance).toBe('consistently-hit');
    expect(xmr(values, { direction: 'lower-is-better', target: 5 }).assurance).toBe('consistently-missed');
  });
});

describe('p-chart', () => {
  it('takes limits per point from its own denominator: p̄ ± 3√(p̄(1−p̄)/n_i), clipped to 0 and 1', () => {
    const counts = [
      [40, 100],
      [90, 200],
      [25, 50],
      [110, 250],
      [45, 100],
    ];
    const result = pChart(
      counts.map(([numerator, denominator], i) => ({ label: `P${i + 1}`, numerator, denominator })),
      HIGHER,
    );
    if (result.kind !== 'chart') throw new Error(result.reason);
    const pBar = 310 / 700;
    result.chart.points.forEach((p, i) => {
      const sigma = Math.sqrt((pBar * (1 - pBar)) / counts[i][1]);
      expect(p.mean).toBeCloseTo(pBar, 12);
      expect(p.value).toBeCloseTo(counts[i][0] / counts[i][1], 12);
      expect(p.upper).toBeCloseTo(pBar + 3 * sigma, 12);
      expect(p.lower).toBeCloseTo(pBar - 3 * sigma, 12);
      expect(p.lowerTwoSigma).toBeCloseTo(pBar - 2 * sigma, 12);
    });
    // Worked figures: p̄ = 0.442857; at n = 50 the limits are 0.442857 ± 0.210742.
    expect(result.chart.points[2].upper).toBeCloseTo(0.653599, 6);
    expect(result.chart.points[2].lower).toBeCloseTo(0.232115, 6);
    expect(result.chart.type).toBe('p');

    const clipped = pChart(
      [
        { label: 'A', numerator: 1, denominator: 10 },
        { label: 'B', numerator: 0, denominator: 10 },
      ],
      HIGHER,
    );
    expect(clipped.kind === 'chart' && clipped.chart.points[0].lower).toBe(0);
    expect(
      pChart(
        [
          { label: 'A', numerator: 0, denominator: 0 },
          { label: 'B', numerator: 1, denominator: 2 },
        ],
        HIGHER,
      ),
    ).toMatchObject({ kind: 'no-data' });
  });

  it('flags a point beyond its own limits: the same proportion is a signal at a large denominator and not at a small one', () => {
    const steady = Array.from({ length: 12 }, (_, i) => ({ label: `M${i + 1}`, numerator: i % 2 ? 52 : 48, denominator: 100 }));
    const big = pChart([...steady, { label: 'M13', numerator: 700, denominator: 1000 }], HIGHER);
    const small = pChart([...steady, { label: 'M13', numerator: 7, denominator: 10 }], HIGHER);
    if (big.kind !== 'chart' || small.kind !== 'chart') throw new Error('no chart');
    expect(big.chart.points[12]).toMatchObject({ beyondLimits: 'high', variation: 'special-cause-improving' });
    expect(big.chart.variation).toBe('special-cause-improving');
    expect(small.chart.points[12].beyondLimits).toBeNull();
  });
});

describe('SPC sentences', () => {
  it('claim special cause improvement only when a rule holds on the better side', () => {
    const options = { metric: 'sepsis screening', population: 'patients' };
    expect(describeSpc(xmr(alternating(20)), options)).toBe(
      'Over 20 periods (P1 to P20), sepsis screening for patients showed common cause variation only: no SPC rule signals a change (XmR chart, Making Data Count rules).',
    );
    // First and last points far apart, yet no rule: still common cause.
    const noRule = xmr([10, 12, 10, 12, 10, 12, 10, 12, 10, 14]);
    expect(spcSignals(noRule)).toEqual([]);
    expect(describeSpc(noRule, options)).toMatch(/common cause variation only/);
    const shift = xmr([...alternating(10), 12.5, 11.5, 12.5, 11.5, 12.5, 11.5, 12.5, ...alternating(4)]);
    expect(describeSpc(shift, options)).toBe(
      'Over 21 periods (P1 to P21), sepsis screening for patients showed special cause variation of an improving nature: a run of 7 or more points above the mean (from P10) (XmR chart, Making Data Count rules).',
    );
    expect(describeSpc(shift, { ...options, population: 'Black patients' })).toMatch(/for Black patients showed/);
    const worse = xmr([...alternating(10), 12.5, 11.5, 12.5, 11.5, 12.5, 11.5, 12.5, ...alternating(4)], { direction: 'lower-is-better' });
    expect(describeSpc(worse, options)).toMatch(/special cause variation of a concerning nature: a run of 7 or more points above the mean/);
    expect(describeSpc(worse, options)).not.toMatch(/improving/);
  });
});

describe('run chart (IHI rules, as NHS England’s run chart guidance)', () => {
  const run = (values: number[]) => runChart(series(values));
  const marked = (chart: ReturnType<typeof run>, rule: 'shift' | 'trend') => chart.points.flatMap((p, i) => (p[rule] ? [i] : []));

  it('takes the median and flags a shift of 6 on one side, a point on the median neither adding nor breaking', () => {
    // Median 5: points 4 to 9 are above it but for point 6, on the median: five above, no shift…
    const chart = run([3, 4, 3, 4, 6, 7, 5, 6, 7, 6, 2, 5, 5]);
    expect(chart.median).toBe(5);
    expect(marked(chart, 'shift')).toEqual([]);
    expect(runChartSignals(chart)).toEqual([]);
    // …and one more above makes six, the point on the median still skipped.

    const six = run([3, 4, 3, 4, 6, 7, 5, 6, 7, 6, 6, 2, 5, 5]);
    expect(six.median).toBe(5);
    expect(marked(six, 'shift')).toEqual([4, 5, 7, 8, 9, 10]);
    expect(runChartSignals(six)).toEqual(['a shift of 6 or more points above the median (from P5)']);
  });

  it('flags a trend of 5 going one way, a repeated value counted once; 4 are not a trend', () => {
    const trend = run([5, 1, 2, 3, 3, 4, 5, 2]);
    expect(marked(trend, 'trend')).toEqual([1, 2, 3, 5, 6]);
    expect(runChartSignals(trend)).toContain('a trend of 5 or more points going up (from P2)');
    expect(marked(run([5, 1, 2, 3, 3, 4, 1]), 'trend')).toEqual([]);
    expect(run([1, 2, 3, 4]).median).toBe(2.5);
  });
});
