import 'reflect-metadata';
import type { EthnicCategoryCode } from '@quorum/stats';
import { describe, expect, it } from 'vitest';
import { GroupLevel, MetricDirection, MetricKind } from './evidence.enums.js';
import { analyseMetric, type MetricSettings } from './metric.analysis.js';
import { cell, proportion } from '../test-support/metric-cells.js';

/** White patients at 50% before and 75% after: a +25 point improvement, whatever the labels. */
const improvement = (before: string, after: string) => [cell(before, 'A', 100, 200), cell(after, 'A', 150, 200), cell(before, 'H', 40, 100), cell(after, 'H', 50, 100)];

describe('period order (issue 13: the default order reversed a real improvement)', () => {
  it.each([
    ['Pre-intervention', 'Post-intervention'],
    ['Q4 2023', 'Q1 2024'],
    ['Jan 2024', 'Feb 2024'],
    ['Before', 'After'],
    ['2023/24', '2024/25'],
    ['Sep 2023', 'Jan 2024'],
  ])('%s then %s: “rose from 50.0% to 75.0%”, an improvement, never “fell from 75.0% to 50.0%”', (before, after) => {
    const result = analyseMetric(proportion, improvement(before, after), GroupLevel.ONS_GROUP, false);
    expect(result).toMatchObject({ baselinePeriod: before, followUpPeriod: after, periods: [before, after] });
    const white = result.groups[0];
    expect(white.changeVerdict).toBe('IMPROVED');
    expect(white.changeSentence).toMatch(/^Sepsis screening within one hour among White patients rose from 50\.0% to 75\.0% \(change \+25\.0 percentage points, 95% CI /);
    expect(white.changeSentence).not.toMatch(/fell/);
  });
});

describe('an order the labels do not tell is asked about, never guessed', () => {
  const cells = improvement('Audit A', 'Audit B');

  it('reports UNCLEAR with a message asking for a choice, and compares nothing', () => {
    const result = analyseMetric(proportion, cells, GroupLevel.ONS_GROUP, false);
    expect(result).toMatchObject({ periodOrder: 'UNCLEAR', baselinePeriod: null, followUpPeriod: null, groups: [], sentences: [] });
    expect(result.message).toMatch(/^The order of the periods is unclear: .*Choose the baseline and follow-up\.$/);
    // The values are still shown, period by period.
    expect(result.timeSeries.map((t) => t.period)).toEqual(['Audit A', 'Audit B']);
  });

  it('compares as chosen once the analyst chooses, either way round', () => {
    const chosen = analyseMetric({ ...proportion, baselinePeriod: 'Audit B', followUpPeriod: 'Audit A' }, cells, GroupLevel.ONS_GROUP, false);
    expect(chosen).toMatchObject({ periodOrder: 'CHOSEN', baselinePeriod: 'Audit B', followUpPeriod: 'Audit A', periods: ['Audit B', 'Audit A'] });
    expect(chosen.groups[0].changeSentence).toMatch(/fell from 75\.0% to 50\.0%/);
    // With two periods, choosing one settles the other.
    expect(analyseMetric({ ...proportion, baselinePeriod: 'Audit A' }, cells, GroupLevel.ONS_GROUP, false)).toMatchObject({ periodOrder: 'CHOSEN', followUpPeriod: 'Audit B' });
  });

  it('says DETECTED when the labels settle it, and refuses a choice its labels contradict', () => {
    expect(analyseMetric(proportion, improvement('Q4 2023', 'Q1 2024'), GroupLevel.ONS_GROUP, false).periodOrder).toBe('DETECTED');
    const contradicted = analyseMetric(
      { ...proportion, baselinePeriod: 'Post-intervention', followUpPeriod: 'Pre-intervention' },
      improvement('Pre-intervention', 'Post-intervention'),
      GroupLevel.ONS_GROUP,
      false,
    );
    expect(contradicted).toMatchObject({ groups: [], message: expect.stringMatching(/comes after the follow-up/) });
  });
});

describe('methods by kind and level', () => {
  it('a rate above 1 per person (1,200 per 1,000) with Byar’s interval and a sentence per 1,000', () => {
    const rate: MetricSettings = { ...proportion, name: 'GP appointments', kind: MetricKind.RATE, ratePer: 1000 };
    const cells = [cell('2023', 'A', 1200, 1000), cell('2024', 'A', 1500, 1000), cell('2023', 'H', 9, 100), cell('2024', 'H', 30, 100)];
    const result = analyseMetric(rate, cells, GroupLevel.ONS_GROUP, false);
    const white = result.groups[0];
    expect(white.baseline.value.estimate! * 1000).toBeCloseTo(1200, 10);
    expect(white.baseline.value.lower! * 1000).toBeCloseTo(1133.0564, 4);
    expect(white.baseline.value.upper! * 1000).toBeCloseTo(1269.866, 4);
    // 9 events: the exact interval (4.1154 to 17.0848 events).
    expect(result.groups[1].baseline.value.lower! * 100).toBeCloseTo(4.1154, 4);
    expect(result.groups[1].baseline.value.upper! * 100).toBeCloseTo(17.0848, 4);
    expect(white.changeSentence).toMatch(/^GP appointments among White patients rose from 1200\.0 per 1,000 to 1500\.0 per 1,000 \(change \+300\.0 per 1,000, 95% CI /);
    expect(result.groups[1].gapBefore!.ratio.available).toBe(true);
    expect(result.methods.map((m) => m.name)).toEqual(['95% confidence intervals', 'Exact Poisson interval', 'Byar’s method', 'MOVER difference of rates', 'Rate ratio, log method']);
  });

  it('a mean of 6 people gets a t interval (38.02 to 121.98), and 99.8% widens every interval', () => {
    const mean: MetricSettings = { ...proportion, name: 'Minutes to antibiotics', kind: MetricKind.MEAN, direction: MetricDirection.LOWER_IS_BETTER, unit: 'minutes' };
    const m = (period: string, ethnicCode: EthnicCategoryCode, value: number, sd: number, n: number) => ({ period, ethnicCode, mean: value, sd, n });
    const cells = [m('2023', 'A', 80, 40, 6), m('2024', 'A', 60, 30, 200)];
    const at95 = analyseMetric(mean, cells, GroupLevel.ONS_GROUP, false);
    expect(at95.groups[0].baseline.value.lower).toBeCloseTo(38.0226, 4);
    expect(at95.groups[0].baseline.value.upper).toBeCloseTo(121.9774, 4);
    expect(at95.groups[0].changeSentence).toMatch(/^Minutes to antibiotics among White patients fell from 80\.0 minutes to 60\.0 minutes \(change −20\.0 minutes, 95% CI /);
    const at998 = analyseMetric({ ...mean, confidenceLevel: 'PERCENT_99_8' }, cells, GroupLevel.ONS_GROUP, false);
    expect(at998).toMatchObject({ confidenceLevel: 'PERCENT_99_8', confidence: 0.998 });
    expect(at998.groups[0].baseline.value.lower).toBeCloseTo(-16.2393, 4);
    expect(at998.groups[0].changeSentence).toMatch(/99\.8% CI/);
  });
});
