import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type GroupCounts, analyseGaps } from './gap.js';
import { type Interval, type IntervalResult, isInterval } from './interval.js';

function iv(result: IntervalResult): Interval {
  if (!isInterval(result)) throw new Error(result.reason);
  return result;
}

const white = (b: number, f: number): GroupCounts => ({
  group: 'White',
  baseline: { numerator: b, denominator: 1000 },
  followUp: { numerator: f, denominator: 1000 },
});
const black = (b: number, f: number, n = 200): GroupCounts => ({
  group: 'Black',
  baseline: { numerator: b, denominator: n },
  followUp: { numerator: f, denominator: n },
});

function run(groups: GroupCounts[], direction: 'higher-is-better' | 'lower-is-better' = 'higher-is-better') {
  const analysis = analyseGaps({ direction, referenceGroup: 'White', groups });
  return { analysis, g: analysis.groups[0]! };
}

describe('analyseGaps', () => {
  // Expected values recomputed independently in Python: Wilson / Newcombe method 10 / Katz / MOVER.
  it('computes every interval for a narrowing gap (higher is better)', () => {
    const { analysis, g } = run([white(600, 610), black(90, 120)]);
    expect(analysis.reference.group).toBe('White');
    expect(analysis.groups.map((x) => x.group)).toEqual(['Black']);

    expect(iv(g.baseline).lower).toBeCloseTo(0.3826, 4);
    expect(iv(g.followUp).upper).toBeCloseTo(0.6654, 4);
    expect(iv(g.change).estimate).toBeCloseTo(0.15, 4);
    expect(iv(g.change).lower).toBeCloseTo(0.0521, 4);
    expect(g.changeVerdict).toBe('improved');

    expect(iv(g.gapBefore.difference).lower).toBeCloseTo(-0.2237, 4);
    expect(iv(g.gapBefore.difference).upper).toBeCloseTo(-0.0743, 4);
    expect(g.gapBefore.position).toBe('worse');
    expect(iv(g.gapBefore.ratio).estimate).toBeCloseTo(0.75, 4);
    expect(iv(g.gapBefore.ratio).lower).toBeCloseTo(0.6382, 4);
    expect(iv(g.gapAfter.ratio).upper).toBeCloseTo(1.1129, 4);
    expect(g.gapAfter.position).toBe('no-clear-difference');

    const change = iv(g.gapChange);
    expect(change.estimate).toBeCloseTo(0.14, 4);
    expect(change.lower).toBeCloseTo(0.0332, 4);
    expect(change.upper).toBeCloseTo(0.2432, 4);
    expect(g.gapVerdict).toBe('narrowed');
    expect(analysis.reference.changeVerdict).toBe('no-clear-change');
  });

  it('does not claim narrowing when the change in the gap is within chance', () => {
    const { g } = run([white(600, 610), black(45, 50, 100)]);
    expect(iv(g.gapChange).lower).toBeCloseTo(-0.1035, 4);
    expect(g.gapVerdict).toBe('no-clear-change');
  });

  it('detects a reversal', () => {
    const { g } = run([white(600, 560), black(90, 150)]);
    expect(iv(g.gapAfter.difference).lower).toBeGreaterThan(0);
    expect(g.gapVerdict).toBe('reversed');
    expect(g.gapAfter.position).toBe('better');
  });

  it('respects lower-is-better and detects widening', () => {
    // Did-not-attend rates: Black 15% → 25%, White 10% → 10%.
    const { g } = run([white(100, 100), black(30, 50)], 'lower-is-better');
    expect(iv(g.gapChange).lower).toBeCloseTo(0.0172, 4);
    expect(g.gapVerdict).toBe('widened');
    expect(g.changeVerdict).toBe('worsened');
    expect(g.gapAfter.position).toBe('worse');
  });

  it('returns no data for a group with an empty period instead of NaN', () => {
    const { g } = run([white(600, 610), black(0, 0, 0)]);
    expect(g.baseline.kind).toBe('no-data');
    expect(g.gapChange.kind).toBe('no-data');
    expect(g.gapVerdict).toBe('no-data');
    expect(JSON.stringify(g)).not.toMatch(/NaN|null/);
  });

  it('rejects a missing reference or repeated group names', () => {
    const direction = 'higher-is-better';
    expect(() => analyseGaps({ direction, referenceGroup: 'X', groups: [white(1, 1)] })).toThrow(RangeError);
    const twice = [white(1, 1), white(2, 2)];
    expect(() => analyseGaps({ direction, referenceGroup: 'White', groups: twice })).toThrow(RangeError);
  });

  it('property: the change in the gap contains its estimate and lies within [−2, 2]', () => {
    const count = fc.integer({ min: 1, max: 500 }).chain((n) => fc.record({ numerator: fc.integer({ min: 0, max: n }), denominator: fc.constant(n) }));
    const group = (name: string) => fc.record({ group: fc.constant(name), baseline: count, followUp: count });
    fc.assert(
      fc.property(group('White'), group('Black'), (w, b) => {
        const r = iv(run([w, b]).g.gapChange);
        return r.lower >= -2 && r.lower <= r.estimate && r.estimate <= r.upper && r.upper <= 2;
      }),
    );
  });
});
