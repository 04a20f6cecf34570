import { describe, expect, it } from 'vitest';
import { zForLevel } from './distributions.js';
import { type Estimator, type GroupCounts, analyseGaps, analyseGapsWith } from './gap.js';
import { type SampleSummary, meanInterval, welchDifference } from './means.js';
import { rateDifference, rateInterval, rateRatio } from './rates.js';
import { describeGapChange, describeGroupChange, levelLabel, meanScale, rateScale } from './sentences.js';

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
    expect(levelLabel(zForLevel(0.998))).toBe('99.8%');
  });
});

describe('rounded figures never contradict the words', () => {
  it('the issue’s “stayed at 50.0% … an improvement” shows enough decimals to see the change', () => {
    const analysis = analyseGaps({ direction: 'higher-is-better', referenceGroup: 'White', groups: [group('White', 1_000_000_000, 1_000_800_000, 2_000_000_000)] });
    expect(analysis.reference.changeVerdict).toBe('improved');
    expect(describeGroupChange(analysis, 'White', options)).toBe(
      'Uptake of bowel screening among White patients rose from 50.00% to 50.04% (change +0.04 percentage points, 95% CI 0.04 to 0.04), an improvement unlikely to be due to chance alone.',
    );
  });

  it('a change that rounds to 0 and could be chance reads “stayed at”', () => {
    const analysis = analyseGaps({ direction: 'higher-is-better', referenceGroup: 'White', groups: [group('White', 5000, 5001, 10000)] });
    expect(describeGroupChange(analysis, 'White', options)).toMatch(
      /^Uptake of bowel screening among White patients stayed at 50\.0% \(change 0\.0 percentage points, 95% CI −1\.4 to 1\.4\), so the change could be due to chance\.$/,
    );
  });
});

describe('rates and means get sentences too', () => {
  const rates: Estimator<{ events: number; population: number }> = {
    value: (c, o) => rateInterval(c.events, c.population, o),
    difference: (a, b, o) => rateDifference(a.events, a.population, b.events, b.population, o),
    ratio: (a, b, o) => rateRatio(a.events, a.population, b.events, b.population, o),
  };

  it('a rate per 1,000, at 99.8%', () => {
    const analysis = analyseGapsWith(rates, {
      direction: 'lower-is-better',
      referenceGroup: 'White',
      z: zForLevel(0.998),
      groups: [
        { group: 'White', baseline: { events: 400, population: 10000 }, followUp: { events: 300, population: 10000 } },
        { group: BLACK, baseline: { events: 120, population: 2000 }, followUp: { events: 70, population: 2000 } },
      ],
    });
    const o = { ...options, metric: 'emergency readmissions', scale: rateScale(1000) };
    expect(describeGroupChange(analysis, BLACK, o)).toMatch(
      /^Emergency readmissions among Black patients fell from 60\.0 per 1,000 to 35\.0 per 1,000 \(change −25\.0 per 1,000, 99\.8% CI −\d+\.\d to −\d+\.\d\), an improvement unlikely to be due to chance alone\.$/,
    );
    expect(describeGapChange(analysis, BLACK, o)).toMatch(/^The gap in emergency readmissions between Black and White patients fell from 20\.0 to 5\.0 per 1,000 \(99\.8% CI for the change: /);
  });

  it('a mean in minutes', () => {
    const means: Estimator<SampleSummary> = { value: (c, o) => meanInterval(c, o), difference: (a, b, o) => welchDifference(a, b, o), ratio: () => ({ kind: 'no-data', reason: 'none' }) };
    const analysis = analyseGapsWith(means, {
      direction: 'lower-is-better',
      referenceGroup: 'White',
      groups: [{ group: 'White', baseline: { mean: 62, sd: 20, n: 200 }, followUp: { mean: 48, sd: 18, n: 210 } }],
    });
    expect(describeGroupChange(analysis, 'White', { ...options, metric: 'time to antibiotics', scale: meanScale('minutes') })).toMatch(
      /^Time to antibiotics among White patients fell from 62\.0 minutes to 48\.0 minutes \(change −14\.0 minutes, 95% CI −17\.\d to −10\.\d\), an improvement unlikely to be due to chance alone\.$/,
    );
  });
});
