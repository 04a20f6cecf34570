import { describe, expect, it } from 'vitest';
import { GroupLevel, MetricKind } from '../../evidence/evidence.enums.js';
import type { Estimate, GroupAnalysis, GroupFigures, MetricAnalysis } from '../../evidence/evidence.types.js';
import { metricCharts } from './metric-charts.js';

const est = (estimate: number, lower: number, upper: number): Estimate => ({ available: true, estimate, lower, upper, reason: null });
const figures = (period: string, value: Estimate, suppressed = false): GroupFigures => ({ period, numerator: null, denominator: null, mean: null, sd: null, n: null, value, suppressed });
const group = (name: string, before: GroupFigures, after: GroupFigures): GroupAnalysis => ({ group: name, baseline: before, followUp: after }) as GroupAnalysis;

// The Asian baseline is marked suppressed but still carries an estimate: the chart must go by the mark.
const ANALYSIS = {
  level: GroupLevel.ONS_GROUP,
  hasData: true,
  baselinePeriod: '2023-Q1',
  followUpPeriod: '2023-Q3',
  referenceGroup: 'White',
  groups: [
    group('White', figures('2023-Q1', est(0.6, 0.531, 0.665)), figures('2023-Q3', est(0.7, 0.633, 0.759))),
    group('Asian or Asian British', figures('2023-Q1', est(0.1234, 0.05, 0.2), true), figures('2023-Q3', est(0.5, 0.331, 0.669))),
  ],
  timeSeries: ['2023-Q1', '2023-Q2', '2023-Q3'].map((period, i) => ({
    period,
    groups: [
      { group: 'White', code: null, isReference: true, figures: figures(period, est(0.6, 0.5, 0.7)), gapToReference: null },
      { group: 'Asian or Asian British', code: null, isReference: false, figures: figures(period, est(0.4, 0.3, 0.5), i === 1), gapToReference: est(-0.2 + i * 0.05, -0.3, -0.1) },
    ],
  })),
  spc: [],
} as unknown as MetricAnalysis;
const SCALE = { name: 'Screening', kind: MetricKind.PROPORTION, suppressionThreshold: 5 };

describe('metricCharts', () => {
  const [bars, gap] = metricCharts(SCALE, ANALYSIS, 'metric-1');

  it('names the intervals at the analysis’s level: a 99.8% metric’s are never called 95% ones', () => {
    const [strict, strictGap] = metricCharts(SCALE, { ...ANALYSIS, confidence: 0.998 }, 'metric-9');
    expect(strict.description).toContain('lines show 99.8% confidence intervals');
    expect(strict.svg).toContain('>99.8% confidence interval</text>');
    expect(strict.table.rows[0][1]).toBe('60.0% (99.8% CI 53.1 to 66.5)');
    expect(strictGap.table.rows[0][1]).toMatch(/\(99\.8% CI /);
    expect([strict.description, strict.svg, ...strict.table.rows.flat(), ...strictGap.table.rows.flat()].join(' ')).not.toContain('95%');
  });

  it('charts before and after by group, in percent, with a description and a table of the same figures', () => {
    expect(bars.title).toBe('Screening: 2023-Q1 and 2023-Q3 by ethnic group');
    expect(bars.description).toContain('White: 60.0% at 2023-Q1, 70.0% at 2023-Q3; Asian or Asian British: withheld at 2023-Q1, 50.0% at 2023-Q3');
    expect(bars.table).toEqual({
      header: ['Ethnic group', '2023-Q1', '2023-Q3'],
      rows: [
        ['White', '60.0% (95% CI 53.1 to 66.5)', '70.0% (95% CI 63.3 to 75.9)'],
        ['Asian or Asian British', 'withheld', '50.0% (95% CI 33.1 to 66.9)'],
      ],
    });
    expect(bars.svg).toContain('>60.0%</text>');
    expect(bars.svg).toContain('<title id="metric-1-before-after-title">');
  });

  it('never draws or writes a figure marked suppressed, even if a number came with it', () => {
    for (const chart of [bars, gap]) for (const text of [chart.svg, chart.description, JSON.stringify(chart.table)]) expect(text).not.toMatch(/12\.3|-15\.0/);
    expect(bars.svg).toContain('>withheld</text>');
  });

  it('charts the gap over time with three periods or more, suppressed periods said in words', () => {
    expect(gap.title).toBe('Screening: gap with White over time');
    expect(gap.svg).toContain('>Gap with White, percentage points</text>');
    expect(gap.svg).toContain('>Asian or Asian British (withheld at 2023-Q2)</text>');
    expect(gap.description).toContain('Asian or Asian British: from -20.0 percentage points to -10.0 percentage points (withheld at 2023-Q2)');
    expect(gap.table.rows.map((r) => r[1])).toEqual(['-20.0 percentage points (95% CI -30.0 to -10.0)', 'withheld', '-10.0 percentage points (95% CI -30.0 to -10.0)']);
  });

  it('draws no gap chart with fewer than three periods, and nothing without groups', () => {
    expect(metricCharts(SCALE, { ...ANALYSIS, timeSeries: ANALYSIS.timeSeries.slice(0, 2) }, 'm')).toHaveLength(1);
    expect(metricCharts(SCALE, { ...ANALYSIS, groups: [], timeSeries: [] }, 'm')).toEqual([]);
  });

  it('draws the SPC chart of all people as Making Data Count does, with its description and a table of every point', () => {
    const point = (period: string, value: number, variation = 'COMMON_CAUSE', recalculated = false) => ({ period, value, mean: 0.5, upperLimit: 0.65, lowerLimit: 0.35, recalculated, variation });
    const spc = {
      group: 'All people',
      isOverall: true,
      available: true,
      type: 'P',
      target: 0.6,
      description: 'SPC p-chart of Screening for all patients, 3 periods from 2023-Q1 to 2023-Q3.',
      points: [point('2023-Q1', 0.48), point('2023-Q2', 0.52, 'COMMON_CAUSE', true), point('2023-Q3', 0.7, 'SPECIAL_CAUSE_IMPROVING')],
    };
    const charts = metricCharts(SCALE, { ...ANALYSIS, spc: [spc] } as unknown as MetricAnalysis, 'metric-1');
    const chart = charts.at(-1)!;
    expect(chart.title).toBe('Screening: SPC p-chart, all people');
    expect(chart.description).toBe(spc.description);
    expect(chart.svg).toContain('<title id="metric-1-spc-title">Screening: SPC p-chart, all people</title>');
    expect(chart.svg).toContain('data-recalculated="2023-Q2"');
    // The improving point is a square, common cause points circles (the legend has one of each too).
    expect(chart.svg.match(/<rect x=/g)).toHaveLength(2);
    expect(chart.table.rows).toEqual([
      ['2023-Q1', '48.0%', '50.0%', '35.0%', '65.0%', 'common cause'],
      ['2023-Q2 (limits recalculated)', '52.0%', '50.0%', '35.0%', '65.0%', 'common cause'],
      ['2023-Q3', '70.0%', '50.0%', '35.0%', '65.0%', 'special cause, improving'],
    ]);
    // None when the chart is withheld (a suppressed figure) or too short.
    expect(metricCharts(SCALE, { ...ANALYSIS, spc: [{ ...spc, available: false, points: [] }] } as unknown as MetricAnalysis, 'm')).toHaveLength(2);
  });

  it('uses the rate and the mean’s unit on the axis', () => {
    const [rate] = metricCharts({ ...SCALE, kind: MetricKind.RATE, ratePer: 1000 }, ANALYSIS, 'r');
    expect(rate.svg).toContain('>Rate per 1,000</text>');
    expect(rate.svg).toContain('>600.0</text>');
    const [mean] = metricCharts({ ...SCALE, kind: MetricKind.MEAN, unit: 'minutes' }, ANALYSIS, 'm');
    expect(mean.svg).toContain('>Mean (minutes)</text>');
    expect(mean.table.rows[0][1]).toBe('0.6 minutes (95% CI 0.5 to 0.7)');
  });
});
