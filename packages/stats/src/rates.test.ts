import { describe, expect, it } from 'vitest';
import { zForLevel } from './distributions.js';
import { type IntervalResult, Z_95, isInterval } from './interval.js';
import { byarLimits, exactPoissonLimits, rateDifference, rateInterval, rateMethod, rateRatio } from './rates.js';

function limits(r: IntervalResult): [number, number, number] {
  if (!isInterval(r)) throw new Error(r.reason);
  return [r.estimate, r.lower, r.upper];
}

const Z_998 = zForLevel(0.998);

describe('confidence levels', () => {
  it('95% and 99.8% critical values (Fingertips’ two control limits)', () => {
    expect(zForLevel(0.95)).toBeCloseTo(Z_95, 12);
    expect(Z_998).toBeCloseTo(3.0902323, 6);
  });
});

// Exact (Garwood) limits: qchisq(α/2, 2O)/2 and qchisq(1 − α/2, 2O + 2)/2, as PHEindicatormethods'
// phe_rate under 10 events; expected values from SciPy's chi2.ppf (and the classic tables: O = 0 →
// 0 to 3.689, O = 1 → 0.0253 to 5.5716).
describe('exact Poisson interval', () => {
  it.each([
    [0, 0.95, 0, 3.688879],
    [1, 0.95, 0.025318, 5.571643],
    [5, 0.95, 1.623486, 11.668332],
    [9, 0.95, 4.115373, 17.084803],
    [0, 0.998, 0, 6.907755],
    [1, 0.998, 0.001001, 9.233413],
    [5, 0.998, 0.739372, 16.454745],
    [9, 0.998, 2.452424, 22.657373],
  ])('O = %i at %f → %f to %f', (o, level, lower, upper) => {
    const l = exactPoissonLimits(o, { z: zForLevel(level) });
    expect(l.lower).toBeCloseTo(lower, 4);
    expect(l.upper).toBeCloseTo(upper, 4);
  });
});

// Byar's method: O(1 − 1/(9O) − z/(3√O))³ and (O+1)(1 − 1/(9(O+1)) + z/(3√(O+1)))³, as
// PHEindicatormethods' byars_lower/byars_upper (its documented example: byars_lower(65) = 50.1632).
describe('Byar’s interval', () => {
  it.each([
    [10, 0.95, 4.78745, 18.391459],
    [65, 0.95, 50.163188, 82.849139],
    [1200, 0.95, 1133.056444, 1269.865972],
    [10, 0.998, 2.916318, 24.193725],
    [65, 0.998, 42.880261, 94.000291],
    [1200, 0.998, 1095.789066, 1310.954687],
  ])('O = %i at %f → %f to %f', (o, level, lower, upper) => {
    const l = byarLimits(o, { z: zForLevel(level) });
    expect(l.lower).toBeCloseTo(lower, 4);
    expect(l.upper).toBeCloseTo(upper, 4);
  });
});

describe('rateInterval', () => {
  it('uses the exact interval under 10 events and Byar’s from 10 (phe_rate)', () => {
    expect(rateMethod(9)).toBe('exact-poisson');
    expect(rateMethod(10)).toBe('byar');
    const [, lower9, upper9] = limits(rateInterval(9, 1000));
    expect(lower9 * 1000).toBeCloseTo(4.115373, 4);
    expect(upper9 * 1000).toBeCloseTo(17.084803, 4);
  });

  it('accepts a rate above 1 per person: 1,200 events in 1,000 people is 1,200 per 1,000 (1133.0564 to 1269.8660)', () => {
    const [estimate, lower, upper] = limits(rateInterval(1200, 1000));
    expect(estimate * 1000).toBeCloseTo(1200, 10);
    expect(lower * 1000).toBeCloseTo(1133.0564, 4);
    expect(upper * 1000).toBeCloseTo(1269.866, 4);
  });

  it('no data for a zero denominator; bad counts throw', () => {
    expect(rateInterval(0, 0).kind).toBe('no-data');
    expect(() => rateInterval(1.5, 10)).toThrow(RangeError);
    expect(() => rateInterval(-1, 10)).toThrow(RangeError);
  });
});

describe('rateRatio', () => {
  // (30/10,000)/(15/12,000) = 2.4; exp(ln 2.4 ± 1.96·√(1/30 + 1/15)) (Rothman, Modern Epidemiology).
  it('log-method interval: 30/10,000 against 15/12,000 → 2.4 (1.2913 to 4.4605)', () => {
    const [rr, lower, upper] = limits(rateRatio(30, 10000, 15, 12000));
    expect(rr).toBeCloseTo(2.4, 10);
    expect(lower).toBeCloseTo(1.2913, 4);
    expect(upper).toBeCloseTo(4.4605, 4);
  });

  it('no ratio when a group has no events', () => {
    expect(rateRatio(0, 100, 5, 100).kind).toBe('no-data');
  });
});

describe('rateDifference', () => {
  it('MOVER from the two Byar intervals', () => {
    const [d, lower, upper] = limits(rateDifference(1200, 1000, 65, 1000));
    const a = byarLimits(1200);
    const b = byarLimits(65);
    expect(d).toBeCloseTo(1.135, 10);
    expect(lower).toBeCloseTo(1.135 - Math.hypot(1.2 - a.lower / 1000, b.upper / 1000 - 0.065), 12);
    expect(upper).toBeCloseTo(1.135 + Math.hypot(a.upper / 1000 - 1.2, 0.065 - b.lower / 1000), 12);
  });
});
