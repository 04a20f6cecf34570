import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Announcer } from '../layout/announcer';
import { ANALYSIS, PROPORTION } from './fixtures';
import { BeforeAfterChart, GapOverTimeChart } from './metric-chart';
import { MetricResults } from './metric-results';

const cells = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));

describe('metric charts', () => {
  it('draws before and after by group as an SVG image with a summary, and a table of the same figures', () => {
    render(<BeforeAfterChart name="Screening" scale={PROPORTION} analysis={ANALYSIS} />);
    const chart = screen.getByRole('img', { name: /Screening: 2023-Q1 and 2023-Q3 by group/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.getAttribute('aria-labelledby')).toMatch(/title .*desc/);
    expect(chart.querySelector('desc')!.textContent).toContain('White: 60.0% at 2023-Q1, 70.0% at 2023-Q3');
    // One bar per group and period that has a value (the hidden Asian baseline has none).
    expect(chart.querySelectorAll('rect[x]').length).toBe(5);

    const table = screen.getByRole('table', { name: 'Screening: 2023-Q1 and 2023-Q3 by group' });
    expect(cells(table)).toEqual([
      ['Group', '2023-Q1', '2023-Q3'],
      ['White', '60.0% (95% CI 53.1 to 66.5)', '70.0% (95% CI 63.3 to 75.9)'],
      ['Black, Black British, Caribbean or African', '40.0% (95% CI 30.9 to 49.8)', '65.0% (95% CI 55.3 to 73.6)'],
      ['Asian or Asian British', 'Hidden: it rests on a small number', '40.0% (95% CI 24.6 to 57.7)'],
    ]);
  });

  it('draws the gap over time when there are more than two periods, with the table as its source', () => {
    render(<GapOverTimeChart name="Screening" scale={PROPORTION} analysis={ANALYSIS} />);
    expect(screen.getByRole('img', { name: /gap with White over time/ })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Screening: gap with White over time' });
    expect(cells(table)).toEqual([
      ['Period', 'Black, Black British, Caribbean or African'],
      ['2023-Q1', '-20.0 percentage points (95% CI -31.0 to -8.0)'],
      ['2023-Q2', '-12.0 percentage points (95% CI -23.0 to -1.0)'],
      ['2023-Q3', '-5.0 percentage points (95% CI -16.0 to +6.0)'],
    ]);
  });

  it('draws no gap chart for a plain before and after', () => {
    const { container } = render(<GapOverTimeChart name="Screening" scale={PROPORTION} analysis={{ ...ANALYSIS, timeSeries: ANALYSIS.timeSeries.slice(0, 2) }} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('metric results', () => {
  it('shows hidden small numbers as "fewer than" the threshold, the gaps, and whether they narrowed', () => {
    render(
      <Announcer>
        <MetricResults scale={PROPORTION} analysis={ANALYSIS} />
      </Announcer>,
    );
    const text = document.body.textContent!;
    expect(text).toContain('fewer than 5 of 30');
    expect(text).toContain('Counts below 5 are hidden');
    expect(text).toContain('Narrowed beyond chance');
    expect(text).toContain('-20.0 percentage points (95% CI -31.0 to -8.0)');
    expect(text).toContain('Ratio 0.67 (95% CI 0.52 to 0.85)');
    expect(screen.getByRole('button', { name: 'Copy sentences' })).toBeTruthy();
  });
});
