import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Announcer } from '../layout/announcer';
import { SERIES_STYLES, WIDTH, wrapLabel } from './chart-parts';
import { ANALYSIS, est, PROPORTION } from './fixtures';
import { BeforeAfterChart, GapOverTimeChart } from './metric-chart';
import { MetricResults } from './metric-results';

const cells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));

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

const BLACK = 'Black, Black British, Caribbean or African';
const MONTHS = Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`);

/** Three periods or more, and every ONS group but White with a gap at each. */
function manyGroups(periods = ANALYSIS.timeSeries.map((p) => p.period)): typeof ANALYSIS {
  const others = [BLACK, 'Asian or Asian British', 'Mixed or Multiple ethnic groups', 'Other ethnic group', 'Not stated'];
  const template = ANALYSIS.timeSeries[0];
  return {
    ...ANALYSIS,
    timeSeries: periods.map((period, i) => ({
      ...template,
      period,
      groups: [template.groups[0], ...others.map((group, g) => ({ ...template.groups[1], group, gapToReference: est(-0.2 + 0.01 * i + 0.02 * g) }))],
    })),
  };
}

describe('chart text and legends', () => {
  it('draws text at 15px or more: 15-unit type, the drawing never wider than its natural size', () => {
    render(
      <>
        <BeforeAfterChart name="Screening" scale={PROPORTION} analysis={ANALYSIS} />
        <GapOverTimeChart name="Screening" scale={PROPORTION} analysis={manyGroups()} />
      </>,
    );
    for (const chart of screen.getAllByRole('img')) {
      expect(chart.getAttribute('viewBox')).toBe(`0 0 ${WIDTH} 360`);
      // Never drawn wider than its natural size, so that one unit is one pixel wherever there is room.
      expect((chart.closest('.app-chart__drawing') as HTMLElement).style.maxWidth).toBe(`${WIDTH}px`);
      const sizes = [...chart.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')));
      expect(sizes.length).toBeGreaterThan(4);
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(15);
    }
  });

  it('wraps long group names under the bars instead of cutting them short', () => {
    render(<BeforeAfterChart name="Screening" scale={PROPORTION} analysis={ANALYSIS} />);
    const labels = [...screen.getByRole('img').querySelectorAll('text')].filter((t) => t.querySelector('tspan'));
    const black = labels.find((t) => t.textContent!.startsWith('Black'))!;
    const lines = [...black.querySelectorAll('tspan')].map((t) => t.textContent);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(BLACK);
    expect(wrapLabel(BLACK, 10, 2)).toEqual(['Black,', 'Black…']);
    expect(wrapLabel('Supercalifragilistic', 8)).toEqual(['Superca…']);
    expect(wrapLabel('White', 12)).toEqual(['White']);
  });

  it('keys the bars by pattern as well as colour: hatched before, solid after', () => {
    const { container } = render(<BeforeAfterChart name="Screening" scale={PROPORTION} analysis={ANALYSIS} />);
    const items = [...container.querySelectorAll('.app-chart__legend li')];
    expect(items.map((li) => li.textContent!.trim())).toEqual(['2023-Q1 (hatched)', '2023-Q3 (solid)']);
    const [hatched, solid] = items.map((li) => li.querySelector('rect[x]')!.getAttribute('fill'));
    expect(hatched).toMatch(/^url\(#.+\)$/);
    expect(container.querySelector(`pattern${hatched!.slice(4, -1)}`)).not.toBeNull();
    expect(solid).toMatch(/^#/);
    // The baseline bars in the chart use the same kind of fill.
    expect(screen.getByRole('img').querySelector('rect[x]')!.getAttribute('fill')).toMatch(/^url\(#/);
  });

  it('gives each gap line its own dash and marker, and the legend shows the same for each group', () => {
    const { container } = render(<GapOverTimeChart name="Screening" scale={PROPORTION} analysis={manyGroups()} />);
    const lines = [...screen.getByRole('img').querySelectorAll('g[data-series]')].map((g) => ({
      group: g.getAttribute('data-series'),
      dash: g.querySelector('polyline')!.getAttribute('stroke-dasharray'),
      marker: g.querySelector('[data-marker]')!.getAttribute('data-marker'),
    }));
    const keys = [...container.querySelectorAll('.app-chart__legend li')].map((li) => ({
      group: li.textContent!.trim(),
      dash: li.querySelector('line')!.getAttribute('stroke-dasharray'),
      marker: li.querySelector('[data-marker]')!.getAttribute('data-marker'),
    }));
    expect(lines).toHaveLength(5);
    expect(keys).toEqual(lines);
    expect(new Set(lines.map((l) => l.dash)).size).toBe(5);
    expect(new Set(lines.map((l) => l.marker)).size).toBe(5);
    expect(new Set(SERIES_STYLES.map((s) => s.marker)).size).toBe(SERIES_STYLES.length);
  });

  it('labels only as many periods as fit, always the first and the last', () => {
    render(<GapOverTimeChart name="Screening" scale={PROPORTION} analysis={manyGroups(MONTHS)} />);
    const labels = [...screen.getByRole('img').querySelectorAll('text')].map((t) => t.textContent).filter((t) => /^2023-/.test(t!));
    expect(labels.length).toBeLessThan(12);
    expect(labels.length).toBeGreaterThan(2);
    expect(labels[0]).toBe('2023-01');
    expect(labels[labels.length - 1]).toBe('2023-12');
    // Every period is still in the table.
    expect(screen.getAllByRole('row')).toHaveLength(13);
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
    expect(text).toContain('No ratio. Not enough data. Worse than reference.');
    expect(screen.getByRole('button', { name: 'Copy sentences' })).toBeTruthy();
  });

  it('writes a missing ratio’s reason as a sentence of its own, never "reason.; position"', () => {
    const hidden = 'Hidden: it rests on a number below 5 (disclosure control; analysts can see it).';
    const [white, black, asian] = ANALYSIS.groups;
    const gapBefore = { ...asian.gapBefore!, position: 'SUPPRESSED' as const, difference: est(null, null, null, hidden), ratio: est(null, null, null, hidden) };
    const gapAfter = { ...asian.gapAfter!, ratio: est(null, null, null, 'The ratio cannot be estimated when either group has a count of zero.') };
    const analysis = { ...ANALYSIS, groups: [white, black, { ...asian, gapBefore, gapAfter }] };
    render(
      <Announcer>
        <MetricResults scale={PROPORTION} analysis={analysis} />
      </Announcer>,
    );
    const text = document.body.textContent!;
    expect(text).not.toContain('.;');
    // The same reason as the difference just above it is not said twice.
    expect(text).toContain(`${hidden}No ratio. Hidden (small numbers).`);
    expect(text).toContain('No ratio. The ratio cannot be estimated when either group has a count of zero. Worse than reference.');
    expect(text).toContain('Ratio 0.67 (95% CI 0.52 to 0.85); worse than reference');
  });
});
