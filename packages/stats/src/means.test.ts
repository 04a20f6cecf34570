import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confidenceLevel, erf, normalCdf, tQuantile, zForLevel } from './distributions.js';
import { type IntervalResult, Z_95, isInterval } from './interval.js';
import { type SampleSummary, meanInterval, welchDifference } from './means.js';

function summarise(values: number[]): SampleSummary {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  return { mean, sd, n };
}

function limits(r: IntervalResult): [number, number] {
  if (!isInterval(r)) throw new Error(r.reason);
  return [r.lower, r.upper];
}

describe('distribution functions', () => {
  it('normal CDF and confidence level match tables', () => {
    expect(normalCdf(Z_95)).toBeCloseTo(0.975, 12);
    expect(normalCdf(-1)).toBeCloseTo(0.158655253931457, 12);
    expect(confidenceLevel(2.5758293035489)).toBeCloseTo(0.99, 12);
    expect(erf(0.5)).toBeCloseTo(0.520499877813047, 12);
    expect(erf(-3)).toBeCloseTo(-0.999977909503001, 12);
  });

  // Two-sided 95% critical values of Student's t (tables; SciPy for fractional df).
  it.each([
    [1, 12.706205],
    [2, 4.302653],
    [5, 2.570582],
    [10, 2.228139],
    [30, 2.042272],
    [3.7, 2.867521],
    [1e6, 1.959966],
  ])('t(0.975, df=%f) = %f', (df, t) => {
    expect(tQuantile(0.975, df)).toBeCloseTo(t, 5);
    expect(tQuantile(0.025, df)).toBeCloseTo(-t, 5);
  });
});

describe('meanInterval', () => {
  // t intervals, as PHEindicatormethods' phe_mean: mean ± qt(1 − α/2, n − 1)·sd/√n (values from SciPy's t.ppf).
  it('mean 10, sd 2, n 25 → 9.1744 to 10.8256 (t on 24 df, not z)', () => {
    const [lower, upper] = limits(meanInterval({ mean: 10, sd: 2, n: 25 }));
    expect(lower).toBeCloseTo(9.1744, 4);
    expect(upper).toBeCloseTo(10.8256, 4);
  });

  it('the issue’s n = 6 example: mean 80, sd 40 → 38.0226 to 121.9774 (a z interval gave 47.99 to 112.01)', () => {
    const [lower, upper] = limits(meanInterval({ mean: 80, sd: 40, n: 6 }));
    expect(lower).toBeCloseTo(38.0226, 4);
    expect(upper).toBeCloseTo(121.9774, 4);
  });

  it('at 99.8%: mean 80, sd 40, n 6 → −16.2393 to 176.2393', () => {
    const [lower, upper] = limits(meanInterval({ mean: 80, sd: 40, n: 6 }, { z: zForLevel(0.998) }));
    expect(lower).toBeCloseTo(-16.2393, 4);
    expect(upper).toBeCloseTo(176.2393, 4);
  });

  it('returns no data for n < 2', () => {
    expect(meanInterval({ mean: 0, sd: 0, n: 0 }).kind).toBe('no-data');
    expect(meanInterval({ mean: 3, sd: 0, n: 1 }).kind).toBe('no-data');
  });

  it('rejects negative sd or fractional n', () => {
    expect(() => meanInterval({ mean: 1, sd: -1, n: 5 })).toThrow(RangeError);
    expect(() => meanInterval({ mean: 1, sd: 1, n: 2.5 })).toThrow(RangeError);
  });
});

describe('welchDifference', () => {
  // Checked against scipy.stats.ttest_ind(a, b, equal_var=False).confidence_interval(0.95).
  it('matches Welch’s t interval', () => {
    const a = summarise([19.1, 21.2, 18.4, 22.0, 20.5, 17.9]);
    const b = summarise([23.3, 24.1, 22.8, 25.0, 21.9, 26.2, 24.4]);
    const r = welchDifference(a, b);
    if (!isInterval(r)) throw new Error(r.reason);
    expect(r.estimate).toBeCloseTo(-4.1071, 4);
    expect(r.lower).toBeCloseTo(-6.0187, 4);
    expect(r.upper).toBeCloseTo(-2.1956, 4);
    expect(r.df).toBeCloseTo(10.1119, 4);
  });

  it('handles no spread and too little data', () => {
    const r = welchDifference({ mean: 5, sd: 0, n: 4 }, { mean: 3, sd: 0, n: 4 });
    expect(r).toMatchObject({ kind: 'interval', estimate: 2, lower: 2, upper: 2, df: null });
    expect(welchDifference({ mean: 5, sd: 1, n: 1 }, { mean: 3, sd: 1, n: 9 }).kind).toBe('no-data');
  });

  it('returns no data rather than throwing when the spread is too small to give degrees of freedom', () => {
    const r = welchDifference({ mean: 1, sd: 1e-100, n: 30 }, { mean: 2, sd: 1e-100, n: 30 });
    expect(r.kind).toBe('no-data');
  });

  it('property: contains the estimate and is at least as wide as the normal interval', () => {
    const sample = fc.record({
      mean: fc.double({ min: -1000, max: 1000, noNaN: true }),
      sd: fc.double({ min: 0.01, max: 100, noNaN: true }),
      n: fc.integer({ min: 2, max: 500 }),
    });
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const [lower, upper] = limits(welchDifference(a, b));
        const d = a.mean - b.mean;
        const normalHalf = Z_95 * Math.sqrt(a.sd ** 2 / a.n + b.sd ** 2 / b.n);
        return lower <= d && d <= upper && upper - lower >= 2 * normalHalf * (1 - 1e-12);
      }),
    );
  });
});
