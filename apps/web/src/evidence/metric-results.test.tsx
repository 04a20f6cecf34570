import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { formatEstimate } from './evidence-format';
import { ANALYSIS, est } from './fixtures';
import { MetricResults } from './metric-results';
import type { MetricAnalysis } from './use-evidence';

const SCALE = { kind: 'PROPORTION' as const, ratePer: null, unit: null };

describe('metric results: methods, level and period order', () => {
  it('names each method with its reference, and the level of the intervals', () => {
    render(<MetricResults scale={{ ...SCALE, confidenceLevel: 'PERCENT_99_8' }} analysis={{ ...ANALYSIS, confidenceLevel: 'PERCENT_99_8' }} />);
    expect(screen.getByText('Methods: 99.8% confidence intervals')).toBeTruthy();
    expect(screen.getByText('Wilson score interval')).toBeTruthy();
    expect(screen.getByText('Wilson EB. JASA 1927;22:209–212.')).toBeTruthy();
    expect(screen.getAllByText(/99\.8% CI/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/\b95% CI/)).toBeNull();
    expect(screen.getByText('Baseline 2023-Q1, follow-up 2023-Q3 (in date order from the period names).')).toBeTruthy();
  });

  it('asks for the baseline and follow-up when their order is unclear, and compares nothing', () => {
    const unclear: MetricAnalysis = {
      ...ANALYSIS,
      periodOrder: 'UNCLEAR',
      message: 'The order of the periods is unclear: the order of “Audit A” and “Audit B” cannot be read from their labels. Choose the baseline and follow-up.',
      baselinePeriod: null,
      followUpPeriod: null,
      groups: [],
      sentences: [],
    };
    const choose = vi.fn();
    render(<MetricResults scale={SCALE} analysis={unclear} onChoosePeriods={choose} />);
    expect(screen.getByText('Which period came first?')).toBeTruthy();
    expect(screen.getByText(/cannot be read from their labels/)).toBeTruthy();
    expect(screen.queryByText('In plain words')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Choose the baseline and follow-up' }));
    expect(choose).toHaveBeenCalled();
  });
});

describe('rounded figures never contradict the verdict', () => {
  it('shows more decimals when a change beyond chance would read 0.0', () => {
    expect(formatEstimate(SCALE, est(0.0004, 0.0003, 0.0005), true)).toBe('+0.04 percentage points (95% CI +0.03 to +0.05)');
    expect(formatEstimate(SCALE, est(0.0004, -0.001, 0.002), true)).toBe('+0.0 percentage points (95% CI -0.1 to +0.2)');
    expect(formatEstimate(SCALE, est(0.123, 0.101, 0.148))).toBe('12.3% (95% CI 10.1 to 14.8)');
  });
});
