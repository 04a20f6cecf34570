import { describe, expect, it } from 'vitest';
import { zForLevel } from './distributions.js';
import { AGE_BANDS, ESP_2013, directlyStandardisedRate } from './dsr.js';
import { isInterval } from './interval.js';

const EVENTS = [1, 0, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 28, 20, 10];
const POPULATION = [50000, 52000, 51000, 49000, 48000, 47000, 46000, 45000, 44000, 43000, 42000, 40000, 38000, 35000, 30000, 25000, 18000, 10000, 5000];
const bands = AGE_BANDS.map((ageBand, i) => ({ ageBand, events: EVENTS[i], population: POPULATION[i] }));

describe('2013 European Standard Population', () => {
  it('has 19 bands summing to 100,000', () => {
    expect(AGE_BANDS).toHaveLength(19);
    expect(Object.values(ESP_2013).reduce((a, b) => a + b, 0)).toBe(100000);
  });
});

// Expected values computed independently (SciPy) with phe_dsr's formulas: DSR = Σwᵢ·Oᵢ/nᵢ / Σwᵢ,
// var = Σwᵢ²·Oᵢ/nᵢ² / (Σwᵢ)², Dobson limits DSR + √(var/O)·(Byar(O) − O), O = 241.
describe('directlyStandardisedRate (Dobson)', () => {
  it('95%: 37.6409 per 100,000 (33.0156 to 42.7302)', () => {
    const r = directlyStandardisedRate(bands);
    if (!isInterval(r)) throw new Error(r.reason);
    expect(r.estimate * 1e5).toBeCloseTo(37.6409, 4);
    expect(r.lower * 1e5).toBeCloseTo(33.0156, 4);
    expect(r.upper * 1e5).toBeCloseTo(42.7302, 4);
  });

  it('99.8%: 30.5545 to 45.7940 per 100,000', () => {
    const r = directlyStandardisedRate(bands, { z: zForLevel(0.998) });
    if (!isInterval(r)) throw new Error(r.reason);
    expect(r.lower * 1e5).toBeCloseTo(30.5545, 4);
    expect(r.upper * 1e5).toBeCloseTo(45.794, 4);
  });

  it('is not shown under 10 events', () => {
    const few = AGE_BANDS.map((ageBand, i) => ({ ageBand, events: i === 18 ? 9 : 0, population: 1000 }));
    const r = directlyStandardisedRate(few);
    expect(r.kind).toBe('no-data');
    expect(isInterval(r) ? '' : r.reason).toMatch(/fewer than 10 events/);
  });

  it('refuses an unknown band or a band given twice', () => {
    expect(() => directlyStandardisedRate([{ ageBand: '0-9', events: 10, population: 100 }])).toThrow(RangeError);
    expect(() =>
      directlyStandardisedRate([
        { ageBand: '0-4', events: 10, population: 100 },
        { ageBand: '0-4', events: 10, population: 100 },
      ]),
    ).toThrow(RangeError);
  });
});
