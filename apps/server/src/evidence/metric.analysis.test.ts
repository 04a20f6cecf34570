import { analyseGaps, describeGapChange, meanInterval, welchDifference, type EthnicCategoryCode } from '@quorum/stats';
import { describe, expect, it } from 'vitest';
import { GroupLevel, MetricDirection, MetricKind } from './evidence.enums.js';
import { analyseMetric, orderPeriods, type MetricSettings } from './metric.analysis.js';
import { hiddenCells } from './suppression.js';
import { cell, proportion } from '../test-support/metric-cells.js';

const WHITE = 'White';
const BLACK = 'Black, Black British, Caribbean or African';

describe('metric analysis', () => {
  it('rolls codes up to ONS groups and gives exactly what @quorum/stats gives', () => {
    const cells = [
      cell('2023', 'A', 300, 400),
      cell('2023', 'B', 50, 60),
      cell('2023', 'M', 40, 80),
      cell('2023', 'N', 35, 70),
      cell('2024', 'A', 320, 400),
      cell('2024', 'B', 52, 60),
      cell('2024', 'M', 60, 80),
      cell('2024', 'N', 52, 70),
    ];
    const result = analyseMetric(proportion, cells, GroupLevel.ONS_GROUP, false);
    const expected = analyseGaps({
      direction: 'higher-is-better',
      referenceGroup: WHITE,
      groups: [
        { group: WHITE, baseline: { numerator: 350, denominator: 460 }, followUp: { numerator: 372, denominator: 460 } },
        { group: BLACK, baseline: { numerator: 75, denominator: 150 }, followUp: { numerator: 112, denominator: 150 } },
      ],
    });
    const [white, black] = result.groups;
    expect(white).toMatchObject({ group: WHITE, isReference: true, gapBefore: null, baseline: { numerator: 350, denominator: 460 } });
    expect(black.baseline.value).toMatchObject({ available: true, estimate: 0.5 });
    const g = expected.groups[0];
    for (const [ours, theirs] of [
      [black.change, g.change],
      [black.gapBefore!.difference, g.gapBefore.difference],
      [black.gapAfter!.ratio, g.gapAfter.ratio],
      [black.gapChange!, g.gapChange],
    ] as const) {
      expect(theirs.kind).toBe('interval');
      if (theirs.kind === 'interval') expect([ours.estimate, ours.lower, ours.upper]).toEqual([theirs.estimate, theirs.lower, theirs.upper]);
    }
    expect(black.gapVerdict).toBe(g.gapVerdict.toUpperCase().replace(/-/g, '_'));
    expect(black.narrowedBeyondChance).toBe(g.gapVerdict === 'narrowed');
    const labels = { [BLACK]: 'Black' };
    expect(black.gapSentence).toBe(describeGapChange(expected, BLACK, { metric: 'sepsis screening within one hour', population: 'patients', labels }));
    expect(result.sentences).toEqual([black.gapSentence]);
  });

  it('says so when there are no values, one period only, or no reference group', () => {
    expect(analyseMetric(proportion, [], GroupLevel.ONS_GROUP, false)).toMatchObject({ hasData: false, message: expect.stringMatching(/No values/), groups: [] });
    const one = analyseMetric(proportion, [cell('2023', 'A', 3, 4)], GroupLevel.ONS_GROUP, false);
    expect(one).toMatchObject({ hasData: true, message: expect.stringMatching(/at least two periods/), groups: [] });
    expect(one.timeSeries[0].groups[0].figures.value.available).toBe(true);
    const noReference = analyseMetric(proportion, [cell('2023', 'M', 30, 60), cell('2024', 'M', 40, 60), cell('2024', 'Z', 0, 0)], GroupLevel.ONS_GROUP, false);
    expect(noReference.notes.join(' ')).toMatch(/no values for the reference group \(White\) at baseline/);
    expect(noReference.groups[1]).toMatchObject({ group: BLACK, gapVerdict: 'NO_DATA', gapSentence: null, changeVerdict: 'NO_CLEAR_CHANGE' });
    expect(noReference.groups.map((g) => g.group)).not.toContain('Not stated');
    expect(noReference.timeSeries[1].groups.find((g) => g.group === 'Not stated')).toMatchObject({
      gapToReference: null,
      figures: { value: { available: false, reason: expect.stringMatching(/denominator is zero/) } },
    });
  });

  it('orders periods naturally and honours chosen baseline and follow-up, falling back with a note', () => {
    expect(orderPeriods(['2023-Q10', '2023-Q2', 'Follow-up', 'Baseline'])).toEqual(['2023-Q2', '2023-Q10', 'Baseline', 'Follow-up']);
    const cells = ['P1', 'P2', 'P3'].flatMap((p, i) => [cell(p, 'A', 50 + i, 100), cell(p, 'H', 40 + i, 100)]);
    expect(analyseMetric({ ...proportion, baselinePeriod: 'P2' }, cells, GroupLevel.ONS_GROUP, false)).toMatchObject({ baselinePeriod: 'P2', followUpPeriod: 'P3' });
    const missing = analyseMetric({ ...proportion, followUpPeriod: 'P9' }, cells, GroupLevel.ONS_GROUP, false);
    expect(missing).toMatchObject({ baselinePeriod: 'P1', followUpPeriod: 'P3', notes: [expect.stringMatching(/“P9” has no values/)] });
  });

  it('compares nothing when a stored baseline is dated after the follow-up, rather than read a rise as a fall', () => {
    const cells = ['2021', '2022', '2023'].flatMap((p, i) => [cell(p, 'A', 50 + i, 100), cell(p, 'H', 40 + i, 100)]);
    const reversed = analyseMetric({ ...proportion, baselinePeriod: '2023', followUpPeriod: '2021' }, cells, GroupLevel.ONS_GROUP, false);
    expect(reversed).toMatchObject({ hasData: true, message: 'The baseline (2023) comes after the follow-up (2021): choose a baseline before the follow-up.', groups: [], sentences: [] });
  });

  it('compares named periods as chosen, whichever way their names sort, and lists them baseline first', () => {
    const cells = [cell('Pre-intervention', 'A', 50, 100), cell('Pre-intervention', 'H', 30, 100), cell('Post-intervention', 'A', 52, 100), cell('Post-intervention', 'H', 45, 100)];
    const named = analyseMetric({ ...proportion, baselinePeriod: 'Pre-intervention', followUpPeriod: 'Post-intervention' }, cells, GroupLevel.ONS_GROUP, false);
    expect(named).toMatchObject({ message: null, baselinePeriod: 'Pre-intervention', followUpPeriod: 'Post-intervention', periods: ['Pre-intervention', 'Post-intervention'] });
    expect(named.timeSeries.map((t) => t.period)).toEqual(['Pre-intervention', 'Post-intervention']);
    expect(named.groups.length).toBeGreaterThan(0);
  });

  it('analyses means with Welch intervals, pooling codes exactly into ONS groups', () => {
    const mean: MetricSettings = { ...proportion, name: 'Minutes to antibiotics', kind: MetricKind.MEAN, direction: MetricDirection.LOWER_IS_BETTER };
    const m = (period: string, ethnicCode: EthnicCategoryCode, mean: number, sd: number, n: number) => ({ period, ethnicCode, mean, sd, n });
    // Two samples pooled: {1,2,3} (mean 2, sd 1) and {5,7} (mean 6, sd √2) make {1,2,3,5,7}: mean 3.6, sd √5.8.
    const cells = [m('1', 'A', 60, 10, 100), m('2', 'A', 55, 10, 100), m('1', 'M', 2, 1, 3), m('1', 'N', 6, Math.SQRT2, 2), m('2', 'M', 50, 12, 40)];
    const result = analyseMetric(mean, cells, GroupLevel.ONS_GROUP, false);
    const black = result.groups[1];
    expect(black.baseline.mean).toBeCloseTo(3.6, 12);
    expect(black.baseline.sd).toBeCloseTo(Math.sqrt(5.8), 12);
    expect(black.baseline.n).toBe(5);
    const gapAfter = welchDifference({ mean: 50, sd: 12, n: 40 }, { mean: 55, sd: 10, n: 100 });
    expect(black.gapAfter!.difference.estimate).toBeCloseTo(-5, 12);
    if (gapAfter.kind === 'interval') expect(black.gapAfter!.difference.lower).toBe(gapAfter.lower);
    expect(black.gapAfter!.position).toBe('BETTER'); // lower is better: 5 minutes less, beyond chance
    expect(black.gapAfter!.ratio.available).toBe(false);
    const white = meanInterval({ mean: 55, sd: 10, n: 100 });
    if (white.kind === 'interval') expect(result.groups[0].followUp.value.upper).toBe(white.upper);
    expect(result.groups[0].changeVerdict).toBe('IMPROVED'); // 60 to 55 minutes
    // Means get sentences too, in the metric's unit (none here).
    expect(black.gapSentence).toMatch(/^The gap in minutes to antibiotics between Black and White patients /);
  });

  it('analyses negative means, e.g. of change scores', () => {
    const mean: MetricSettings = { ...proportion, name: 'Change in pain score', kind: MetricKind.MEAN, direction: MetricDirection.LOWER_IS_BETTER };
    const m = (period: string, ethnicCode: EthnicCategoryCode, mean: number) => ({ period, ethnicCode, mean, sd: 2, n: 50 });
    const result = analyseMetric(mean, [m('1', 'A', -1), m('2', 'A', -1.5), m('1', 'H', 0.5), m('2', 'H', -2)], GroupLevel.ONS_GROUP, false);
    const change = welchDifference({ mean: -2, sd: 2, n: 50 }, { mean: 0.5, sd: 2, n: 50 });
    expect(result.groups[1].change).toMatchObject({ available: true, estimate: -2.5, lower: change.kind === 'interval' ? change.lower : NaN });
    expect(result.groups[1].changeVerdict).toBe('IMPROVED');
    expect(result.groups[1].gapAfter!.difference.estimate).toBeCloseTo(-0.5, 12);
  });
});

describe('small-number suppression', () => {
  const cells = [
    cell('1', 'A', 300, 400),
    cell('1', 'M', 40, 80),
    cell('1', 'N', 35, 70),
    cell('1', 'P', 2, 9),
    cell('1', 'D', 3, 10),
    cell('2', 'A', 320, 400),
    cell('2', 'M', 60, 80),
    cell('2', 'N', 52, 70),
    cell('2', 'P', 6, 9),
    cell('2', 'D', 6, 10),
  ];

  it('hides small cells, and the next smallest cell of an ONS group that has exactly one hidden', () => {
    const hidden = hiddenCells(MetricKind.PROPORTION, cells, 5);
    const key = (p: string, c: string) => `${p}\u0000${c}`;
    // P at period 1: 2 of 9. N hidden too, or Black's total minus M would reveal P. D (3 of 10) is alone in Mixed.
    expect([...hidden].sort()).toEqual([key('1', 'D'), key('1', 'N'), key('1', 'P'), key('2', 'D'), key('2', 'N'), key('2', 'P')].sort());
    // 6 of 10 leaves 4 without: the complement is small too. Zeros are not hidden.
    expect(hiddenCells(MetricKind.PROPORTION, [cell('1', 'A', 0, 50)], 5).size).toBe(0);
  });

  it('blanks hidden figures and everything that would give them away, only when asked', () => {
    const open = analyseMetric(proportion, cells, GroupLevel.ONS_GROUP, false);
    expect(open.suppressionApplied).toBe(false);
    const shut = analyseMetric(proportion, cells, GroupLevel.ONS_GROUP, true);
    const mixed = shut.groups.find((g) => g.group === 'Mixed or Multiple ethnic groups')!;
    expect(mixed).toMatchObject({ suppressed: true, changeVerdict: 'SUPPRESSED', gapVerdict: 'SUPPRESSED', gapSentence: null, changeSentence: null, narrowedBeyondChance: false });
    expect(mixed.baseline).toMatchObject({ numerator: null, denominator: null, suppressed: true, value: { available: false, reason: expect.stringMatching(/below 5/) } });
    expect(mixed.gapBefore!.difference.available).toBe(false);
    // Black's rolled-up total (77 of 159, then 118 of 159) is shown.
    const black = shut.groups.find((g) => g.group === BLACK)!;
    expect(black).toMatchObject({ suppressed: false, baseline: { numerator: 77, denominator: 159 } });
    expect(black.gapSentence).toBe(open.groups.find((g) => g.group === BLACK)!.gapSentence);
    expect(shut.suppressionApplied).toBe(true);
    expect(JSON.stringify(shut.timeSeries)).not.toMatch(/"numerator":3,/);
    // At the detailed level the secondarily hidden cell (N) is blank too.
    const detailed = analyseMetric(proportion, cells, GroupLevel.ETHNIC_CATEGORY, true);
    expect(detailed.groups.find((g) => g.code === 'N')).toMatchObject({ group: 'African', suppressed: true });
    expect(detailed.groups.find((g) => g.code === 'M')).toMatchObject({ group: 'Caribbean', suppressed: false });
  });

  it('hides every gap when the reference group itself is small', () => {
    const result = analyseMetric(proportion, [cell('1', 'A', 2, 10), cell('2', 'A', 5, 10), cell('1', 'H', 40, 80), cell('2', 'H', 50, 80)], GroupLevel.ONS_GROUP, true);
    const asian = result.groups[1];
    expect(asian).toMatchObject({ gapVerdict: 'SUPPRESSED', gapBefore: { position: 'SUPPRESSED' }, suppressed: true });
    expect(asian.change.available).toBe(true);
    expect(result.timeSeries[0].groups[1].gapToReference!.available).toBe(false);
  });
});
