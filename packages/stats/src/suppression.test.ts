import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shouldSuppress, shouldSuppressProportion } from './suppression.js';

describe('shouldSuppress', () => {
  it('suppresses 1–4 but not 0 or 5+ by default', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 100].map((c) => shouldSuppress(c))).toEqual([false, true, true, true, true, false, false, false]);
  });

  it('supports a higher threshold and suppressing zero', () => {
    expect(shouldSuppress(7, { threshold: 8 })).toBe(true);
    expect(shouldSuppress(8, { threshold: 8 })).toBe(false);
    expect(shouldSuppress(0, { suppressZero: true })).toBe(true);
  });

  it('rejects invalid counts and thresholds', () => {
    expect(() => shouldSuppress(-1)).toThrow(RangeError);
    expect(() => shouldSuppress(2.5)).toThrow(RangeError);
    expect(() => shouldSuppress(3, { threshold: 0 })).toThrow(RangeError);
  });

  it('property: matches 0 < count < threshold', () => {
    fc.assert(fc.property(fc.nat(1000), fc.integer({ min: 1, max: 20 }), (count, threshold) => shouldSuppress(count, { threshold }) === (count > 0 && count < threshold)));
  });
});

describe('shouldSuppressProportion', () => {
  it('suppresses when the numerator, denominator or complement is small', () => {
    expect(shouldSuppressProportion(3, 50)).toBe(true);
    expect(shouldSuppressProportion(48, 50)).toBe(true); // 2 people without the outcome
    expect(shouldSuppressProportion(0, 3)).toBe(true); // tiny denominator
    expect(shouldSuppressProportion(0, 50)).toBe(false);
    expect(shouldSuppressProportion(50, 50)).toBe(false);
    expect(shouldSuppressProportion(20, 50)).toBe(false);
    expect(shouldSuppressProportion(0, 0)).toBe(false);
  });

  it('rejects a numerator above the denominator', () => {
    expect(() => shouldSuppressProportion(6, 5)).toThrow(RangeError);
  });
});
