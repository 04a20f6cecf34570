import { describe, expect, it } from 'vitest';
import { type GroupCounts, analyseGaps } from './gap.js';
import { describeGapChange, describeGroupChange, levelLabel } from './sentences.js';

const BLACK = 'Black, Black British, Caribbean or African';
const options = { metric: 'uptake of bowel screening', labels: { [BLACK]: 'Black' } };

function group(name: string, b: number, f: number, n: number): GroupCounts {
  return {
    group: name,
    baseline: { numerator: b, denominator: n },
    followUp: { numerator: f, denominator: n },
  };
}

function analyse(white: [number, number], black: [number, number], n = 200) {
  return analyseGaps({
    direction: 'higher-is-better',
    referenceGroup: 'White',
    groups: [group('White', ...white, 1000), group(BLACK, ...black, n)],
  });
}

describe('describeGapChange', () => {
  it('reports a narrowing beyond chance', () => {
    expect(describeGapChange(analyse([600, 610], [90, 120]), BLACK, options)).toBe(
      'The gap in uptake of bowel screening between Black and White patients fell from 15.0 to 1.0 ' +
        'percentage points (95% CI for the change: −24.3 to −3.3 percentage points), ' +
        'a narrowing unlikely to be due to chance alone.',
    );
  });

  it('says when a change could be due to chance', () => {
    expect(describeGapChange(analyse([600, 610], [45, 50], 100), BLACK, options)).toBe(
      'The gap in uptake of bowel screening between Black and White patients fell from 15.0 to 11.0 ' +
        'percentage points (95% CI for the change: −18.1 to 10.4 percentage points), ' +
        'so the change could be due to chance.',
    );
  });

  it('notes when the reference group got worse', () => {
    const text = describeGapChange(analyse([600, 540], [90, 100]), BLACK, options);
    expect(text).toMatch(/^The gap .* fell from 15\.0 to 4\.0 percentage points .*a narrowing unlikely/);
    expect(text).toMatch(/worsened among White patients, which accounts for part of this change\.$/);
  });

  it('describes a gap that changed sides', () => {
    expect(describeGapChange(analyse([600, 560], [90, 150]), BLACK, options)).toBe(
      'The gap in uptake of bowel screening between Black and White patients reversed: at baseline ' +
        'uptake of bowel screening was 15.0 percentage points lower among Black patients than among ' +
        'White patients, and at follow-up 19.0 percentage points higher (change in the Black minus ' +
        'White difference: +34.0 percentage points, 95% CI 23.6 to 43.7), ' +
        'a reversal unlikely to be due to chance alone.',
    );
    expect(describeGapChange(analyse([600, 540], [90, 115]), BLACK, options)).toMatch(/closed: .* at follow-up the groups are not clearly different\./);
  });

  it('handles missing data and lets the caller choose population and rounding', () => {
    expect(describeGapChange(analyse([600, 610], [0, 0], 0), BLACK, options)).toBe(
      'There are not enough data to compare uptake of bowel screening between Black and White ' + 'patients at both times.',
    );
    const staff = { ...options, population: 'staff', decimals: 0 };
    const text = describeGapChange(analyse([600, 610], [90, 120]), BLACK, staff);
    expect(text).toContain('Black and White staff fell from 15 to 1 percentage points');
  });

  it('rejects the reference or an unknown group', () => {
    expect(() => describeGapChange(analyse([600, 610], [90, 120]), 'White', options)).toThrow(RangeError);
  });
});

describe('describeGroupChange', () => {
  it('describes one group’s change, including the reference group', () => {
    const analysis = analyse([600, 610], [90, 120]);
    expect(describeGroupChange(analysis, BLACK, options)).toBe(
      'Uptake of bowel screening among Black patients rose from 45.0% to 60.0% ' + '(change +15.0 percentage points, 95% CI 5.2 to 24.4), ' + 'an improvement unlikely to be due to chance alone.',
    );
    expect(describeGroupChange(analysis, 'White', options)).toBe(
      'Uptake of bowel screening among White patients rose from 60.0% to 61.0% ' + '(change +1.0 percentage points, 95% CI −3.3 to 5.3), so the change could be due to chance.',
    );
  });
});

describe('levelLabel', () => {
  it('names the confidence level', () => {
    expect(levelLabel(1.959963984540054)).toBe('95%');
    expect(levelLabel(1.96)).toBe('95%');
    expect(levelLabel(2.5758293035489)).toBe('99%');
    expect(levelLabel(1.6448536269514722)).toBe('90%');
  });
});
