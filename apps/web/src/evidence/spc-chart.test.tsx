import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DataQualityFieldsFragment, SpcChartFieldsFragment } from '../gql/graphql';
import { PROPORTION } from './fixtures';
import { DataQualityReport, SpcCharts } from './spc-chart';

const point = (period: string, value: number, extra: Partial<SpcChartFieldsFragment['points'][number]> = {}): SpcChartFieldsFragment['points'][number] => ({
  __typename: 'SpcPoint',
  period,
  value,
  mean: 0.5,
  upperLimit: 0.65,
  lowerLimit: 0.35,
  recalculated: false,
  beyondLimits: null,
  shift: null,
  trend: null,
  twoOfThree: null,
  variation: 'COMMON_CAUSE',
  ...extra,
});

const OVERALL: SpcChartFieldsFragment = {
  __typename: 'SpcChart',
  group: 'All people',
  isOverall: true,
  available: true,
  reason: null,
  type: 'P',
  variation: 'SPECIAL_CAUSE_IMPROVING',
  assurance: 'HIT_AND_MISS',
  target: 0.6,
  provisional: true,
  signals: ['a point above the upper process limit (from M3)'],
  median: 0.52,
  runSignals: [],
  sentence: null,
  description: 'SPC p-chart of Screening for all patients, 3 periods from M1 to M3.',
  points: [point('M1', 0.48), point('M2', 0.52, { recalculated: true }), point('M3', 0.7, { beyondLimits: 'HIGH', variation: 'SPECIAL_CAUSE_IMPROVING' })],
};
const HIDDEN: SpcChartFieldsFragment = {
  ...OVERALL,
  group: 'Mixed or Multiple ethnic groups',
  isOverall: false,
  available: false,
  reason: 'Some of its figures rest on small numbers and are hidden.',
  points: [],
};

describe('SPC charts', () => {
  it('draws the chart as an image with a title and description, icons in words, special cause by shape, and a table of every point', () => {
    render(<SpcCharts name="Screening" scale={PROPORTION} charts={[OVERALL, HIDDEN]} />);
    const chart = screen.getByRole('img', { name: /Screening: SPC chart \(p-chart\) for all people/ });
    expect(chart.querySelector('desc')!.textContent).toMatch(/^SPC p-chart of Screening for all patients/);
    // The improving point is a square (not only a colour); common cause points are circles.
    expect(chart.querySelectorAll('rect').length).toBe(1);
    expect(chart.querySelectorAll('circle').length).toBe(2);
    expect(chart.querySelectorAll('[data-testid="spc-recalculation"]').length).toBe(1);
    expect(screen.getByText('Special cause variation: improving', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByText('Target hit and missed at random')).toBeTruthy();
    const table = screen.getAllByRole('table', { name: /SPC chart \(p-chart\) for all people/ })[0];
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows[3]).toEqual(['M3', '70.0%', '50.0%', '35.0%', '65.0%', 'Special cause variation: improving', 'above the upper limit']);
    expect(rows[2][0]).toBe('M2 (limits recalculated)');
    expect(screen.getByText(/No SPC chart for Mixed or Multiple ethnic groups: Some of its figures/)).toBeTruthy();
    // The run chart of the same values: its median drawn and said.
    expect(chart.querySelectorAll('[data-testid="run-median"]').length).toBe(1);
    expect(screen.getByTestId('run-chart').textContent).toBe('Run chart: median 52.0%; no shift of 6 or more around the median and no trend of 5 or more.');
  });

  it('draws no SPC chart from two periods', () => {
    render(<SpcCharts name="Screening" scale={PROPORTION} charts={[{ ...OVERALL, points: OVERALL.points.slice(0, 2) }]} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByTestId('spc-too-few').textContent).toMatch(/at least 3 periods .* with 2, compare the baseline and follow-up/);
  });

  it('lists data quality flags and the Not stated share per period', () => {
    const quality: DataQualityFieldsFragment = {
      __typename: 'DataQuality',
      notStated: [
        { __typename: 'NotStatedShare', period: 'Baseline', share: 0.3, notStated: 30, total: 100, high: true, moved: false, suppressed: false },
        { __typename: 'NotStatedShare', period: 'Follow-up', share: 0.6, notStated: 60, total: 100, high: true, moved: true, suppressed: false },
      ],
      flags: [{ __typename: 'DataQualityFlag', kind: 'NOT_STATED_MOVED', period: 'Follow-up', group: null, message: 'The share moved from 30.0% to 60.0%.' }],
    };
    render(<DataQualityReport quality={quality} />);
    expect(within(screen.getByTestId('data-quality-flags')).getByText('The share moved from 30.0% to 60.0%.')).toBeTruthy();
    expect(screen.getByRole('row', { name: /Follow-up 60\.0% Above 10%; Moved by more than 5 points/ })).toBeTruthy();
  });
});
