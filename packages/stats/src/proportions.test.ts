import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Interval, type IntervalResult, isInterval, width } from './interval.js';
import { moverDifference, newcombeDifference, proportionRatio, wilsonInterval } from './proportions.js';

/** Narrows an IntervalResult for assertions. */
function iv(result: IntervalResult): Interval {
  if (!isInterval(result)) throw new Error(`expected an interval, got: ${result.reason}`);
  return result;
}

function expectLimits(result: IntervalResult, lower: number, upper: number): void {
  expect(iv(result).lower).toBeCloseTo(lower, 4);
  expect(iv(result).upper).toBeCloseTo(upper, 4);
}

describe('wilsonInterval', () => {
  // Newcombe 1998, Stat Med 17:857–872, method 3 (score interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i/%i → %f to %f', (x, n, lower, upper) => {
    expectLimits(wilsonInterval(x, n), lower, upper);
  });

  it('gives exact 0 and 1 limits at x = 0 and x = n', () => {
    expect(iv(wilsonInterval(0, 20)).lower).toBe(0);
    expect(iv(wilsonInterval(29, 29)).upper).toBe(1);
    expectLimits(wilsonInterval(29, 29), 0.883, 1);
  });

  it('returns no data, not NaN, for a zero denominator', () => {
    expect(wilsonInterval(0, 0)).toEqual({ kind: 'no-data', reason: expect.any(String) });
  });

  it('honours a custom z (99%)', () => {
    const r95 = iv(wilsonInterval(81, 263));
    const r99 = iv(wilsonInterval(81, 263, { z: 2.5758293035489 }));
    expect(r99.lower).toBeLessThan(r95.lower);
    expect(r99.upper).toBeGreaterThan(r95.upper);
  });

  it('rejects impossible counts and options', () => {
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, { z: 0 })).toThrow(RangeError);
  });

  const counts = fc.integer({ min: 1, max: 5000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

  it('property: contains the estimate and stays within [0, 1]', () => {
    fc.assert(
      fc.property(counts, ([x, n]) => {
        const r = iv(wilsonInterval(x, n));
        const inRange = r.lower >= 0 && r.upper <= 1;
        return r.estimate === x / n && inRange && r.lower <= r.estimate && r.estimate <= r.upper;
      }),
    );
  });

  it('property: narrows as n grows for a fixed proportion', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 2, max: 50 }), ([x, n], k) => {
        return width(iv(wilsonInterval(k * x, k * n))) < width(iv(wilsonInterval(x, n)));
      }),
    );
  });
});

describe('newcombeDifference (method 10)', () => {
  // Newcombe 1998, Stat Med 17:873–890, examples (a)–(e) and (g), method 10. Each figure was
  // recomputed independently (Python/SciPy) before being asserted here. For 6/7 − 2/7 the
  // formula gives 0.0582 to 0.8062, so that is what is asserted (a figure of 0.0194 to 0.8019
  // sometimes quoted for this example could not be reproduced by method 10 or 11).
  it.each([
    [56, 70, 48, 80, 0.2, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.6, 0.1705, 0.809],
    [6, 7, 2, 7, 0.5714, 0.0582, 0.8062],
    [5, 56, 0, 29, 0.0893, -0.0381, 0.1926],
    [0, 10, 0, 20, 0, -0.1611, 0.2775],
    [10, 10, 0, 20, 1, 0.6791, 1],
  ])('%i/%i − %i/%i → %f (%f to %f)', (x1, n1, x2, n2, d, lower, upper) => {
    const r = iv(newcombeDifference(x1, n1, x2, n2));
    expect(r.estimate).toBeCloseTo(d, 4);
    expectLimits(r, lower, upper);
  });

  it('returns no data when either group is empty', () => {
    expect(newcombeDifference(3, 10, 0, 0).kind).toBe('no-data');
    expect(newcombeDifference(0, 0, 3, 10).kind).toBe('no-data');
  });

  const side = fc.integer({ min: 1, max: 2000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
  const pair = fc.tuple(side, side).map(([[x1, n1], [x2, n2]]) => [x1, n1, x2, n2] as const);

  it('property: contains the estimate and stays within [−1, 1]', () => {
    fc.assert(
      fc.property(pair, ([x1, n1, x2, n2]) => {
        const r = iv(newcombeDifference(x1, n1, x2, n2));
        return r.lower >= -1 && r.lower <= r.estimate && r.estimate <= r.upper && r.upper <= 1;
      }),
    );
  });

  it('property: narrows as both samples grow in proportion', () => {
    fc.assert(
      fc.property(pair, fc.integer({ min: 2, max: 20 }), ([x1, n1, x2, n2], k) => {
        const small = width(iv(newcombeDifference(x1, n1, x2, n2)));
        const large = width(iv(newcombeDifference(k * x1, k * n1, k * x2, k * n2)));
        return large < small;
      }),
    );
  });
});

describe('moverDifference', () => {
  // Newcombe 2001, Stat Med 20:2885–2893, Bristol antenatal care example:
  // (17/65 − 17/75) − (18/72 − 16/65) = 0.0310, 95% CI −0.1687 to 0.2343.
  it('reproduces Newcombe’s difference between differences', () => {
    const r = iv(moverDifference(newcombeDifference(17, 65, 17, 75), newcombeDifference(18, 72, 16, 65)));
    expect(r.estimate).toBeCloseTo(0.031, 4);
    expectLimits(r, -0.1687, 0.2343);
  });

  it('passes no data through', () => {
    expect(moverDifference(wilsonInterval(0, 0), wilsonInterval(1, 2)).kind).toBe('no-data');
  });
});

describe('proportionRatio (Katz log method)', () => {
  // Cross-checked with scipy.stats.contingency.relative_risk, which uses the same method.
  it('56/70 ÷ 48/80 → 1.3333 (1.0766 to 1.6512)', () => {
    const r = iv(proportionRatio(56, 70, 48, 80));
    expect(r.estimate).toBeCloseTo(1.3333, 4);
    expectLimits(r, 1.0766, 1.6512);
  });

  it('15/148 ÷ 81/263 → 0.3291 (0.1971 to 0.5495)', () => {
    const r = iv(proportionRatio(15, 148, 81, 263));
    expect(r.estimate).toBeCloseTo(0.3291, 4);
    expectLimits(r, 0.1971, 0.5495);
  });

  it('returns no data for zero counts or denominators', () => {
    expect(proportionRatio(0, 10, 3, 10).kind).toBe('no-data');
    expect(proportionRatio(3, 10, 0, 10).kind).toBe('no-data');
    expect(proportionRatio(3, 10, 0, 0).kind).toBe('no-data');
  });

  it('property: positive and contains the estimate', () => {
    const side = fc.integer({ min: 1, max: 2000 }).chain((n) => fc.tuple(fc.integer({ min: 1, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(side, side, ([x1, n1], [x2, n2]) => {
        const r = iv(proportionRatio(x1, n1, x2, n2));
        return r.lower > 0 && r.lower <= r.estimate && r.estimate <= r.upper;
      }),
    );
  });
});
