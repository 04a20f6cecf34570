import { describe, expect, it } from 'vitest';
import { comparePeriodLabels, orderPeriodLabels, periodSpan } from './periods.js';

const order = (labels: string[]) => orderPeriodLabels(labels);

describe('orderPeriodLabels: labels whose order is certain', () => {
  it.each([
    [
      ['Post-intervention', 'Pre-intervention'],
      ['Pre-intervention', 'Post-intervention'],
    ],
    [
      ['Follow-up', 'Baseline'],
      ['Baseline', 'Follow-up'],
    ],
    [
      ['After', 'Before'],
      ['Before', 'After'],
    ],
    [
      ['Post', 'Pre'],
      ['Pre', 'Post'],
    ],
    [
      ['Q1 2024', 'Q4 2023'],
      ['Q4 2023', 'Q1 2024'],
    ],
    [
      ['2024 Q1', '2023 Q4', '2023 Q3'],
      ['2023 Q3', '2023 Q4', '2024 Q1'],
    ],
    [
      ['2023-Q10', '2023-Q2'],
      ['2023-Q2', '2023-Q10'],
    ],
    [
      ['Wave 2 week 1', 'Wave 1 week 3'],
      ['Wave 1 week 3', 'Wave 2 week 1'],
    ],
    [
      ['2024 re-audit', '2023 audit'],
      ['2023 audit', '2024 re-audit'],
    ],
    [
      ['Feb 2024', 'Jan 2024', 'Dec 2023'],
      ['Dec 2023', 'Jan 2024', 'Feb 2024'],
    ],
    [
      ['February 2024', 'January 2024', 'September 2023'],
      ['September 2023', 'January 2024', 'February 2024'],
    ],
    [
      ['2024-02', '2024-01', '2023-12'],
      ['2023-12', '2024-01', '2024-02'],
    ],
    [
      ['Apr-24', 'Mar-24'],
      ['Mar-24', 'Apr-24'],
    ],
    [
      ['2024/25', '2023/24'],
      ['2023/24', '2024/25'],
    ],
    [
      ['FY2024-25', 'FY2023-24'],
      ['FY2023-24', 'FY2024-25'],
    ],
    [
      ['2024-01-31', '2023-12-01'],
      ['2023-12-01', '2024-01-31'],
    ],
    [
      ['2024', '2023'],
      ['2023', '2024'],
    ],
    [
      ['Cycle 10', 'Cycle 2'],
      ['Cycle 2', 'Cycle 10'],
    ],
    [
      ['Follow-up (Q2 2024)', 'Baseline (Q4 2023)', 'Q1 2024'],
      ['Baseline (Q4 2023)', 'Q1 2024', 'Follow-up (Q2 2024)'],
    ],
  ])('%j → %j', (labels, expected) => {
    const result = order(labels);
    if (expected === null) {
      expect(result.status).toBe('unclear');
      return;
    }
    expect(result.status).toBe('detected');
    expect(result.periods).toEqual(expected);
    expect(result.reason).toBeNull();
  });
});

describe('orderPeriodLabels: an ambiguous order asks rather than guesses', () => {
  it.each([
    [['Audit A', 'Audit B']],
    [['Spring', 'Autumn']],
    [['Baseline', 'Audit', 'Post']],
    [['2023/24', 'FY2023-24']],
    [['2023', 'Q1 2023']],
    [['2011-12', 'Q1 2012']],
    [['Baseline', 'Pre-intervention', 'Post']],
    [['Follow-up (Q4 2023)', 'Baseline (Q1 2024)']],
  ])('%j is unclear', (labels) => {
    const result = order(labels);
    expect(result.status).toBe('unclear');
    expect(result.reason).toMatch(/^The order of the periods is unclear: .* Choose the baseline and follow-up\.$/);
    expect([...result.periods].sort()).toEqual([...labels].sort());
  });

  it('one period or none is trivially ordered', () => {
    expect(order(['Anything']).status).toBe('detected');
    expect(order([]).periods).toEqual([]);
  });
});

describe('periodSpan and comparePeriodLabels', () => {
  it('reads a quarter, a month and a financial year as spans of time', () => {
    expect(periodSpan('Q4 2023')?.kind).toBe('quarter');
    expect(periodSpan('Jan 2024')?.kind).toBe('month');
    expect(periodSpan('2023/24')?.kind).toBe('financial year');
    expect(periodSpan('Janus 2024')).toBeNull();
    expect(periodSpan('2024-02-30')).toBeNull();
  });

  it('compares two labels only when certain', () => {
    expect(comparePeriodLabels('Pre-intervention', 'Post-intervention')).toBe(-1);
    expect(comparePeriodLabels('Q1 2024', 'Q4 2023')).toBe(1);
    expect(comparePeriodLabels('Site A', 'Site B')).toBe(0);
  });
});
