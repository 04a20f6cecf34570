import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorSummary, type FormError } from '../forms/error-summary';
import { CreateMetricForm, validateMetric, type NewMetric } from './create-metric-form';
import { linksIn } from '../test/links';

/** The form with the page's error summary above it, as on the new metric page. */
function Harness({ onCreate }: { onCreate(m: NewMetric): Promise<boolean> }) {
  const [errors, setErrors] = useState<FormError[]>([]);
  return (
    <>
      <ErrorSummary errors={errors} />
      <CreateMetricForm errors={errors} busy={false} onInvalid={setErrors} onCreate={onCreate} />
    </>
  );
}

describe('create metric form', () => {
  it('lists every missing answer in the error summary and beside each field, and sends nothing', async () => {
    const onCreate = vi.fn();
    render(<Harness onCreate={onCreate} />);
    fireEvent.click(screen.getByRole('button', { name: 'Create metric' }));
    const summary = await waitFor(() => screen.getByRole('alert'));
    expect(linksIn(summary)).toEqual([
      ['Enter a short name for the metric', '#metric-name'],
      ['Enter what is counted: who is in the denominator and what the numerator measures', '#metric-definition'],
      ['Select what kind of measure it is', '#metric-kind'],
      ['Select which way is better', '#metric-direction'],
    ]);
    expect(screen.getByLabelText('Name').getAttribute('aria-describedby')).toContain('metric-name-error');
    expect(document.getElementById('metric-kind-error')!.textContent).toBe('Error: Select what kind of measure it is');
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('sends a complete metric', async () => {
    const onCreate = vi.fn().mockResolvedValue(true);
    render(<Harness onCreate={onCreate} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: ' sepsis screening within one hour ' } });
    fireEvent.change(screen.getByLabelText('Definition'), { target: { value: 'Adults with suspected sepsis screened within one hour of arrival' } });
    fireEvent.click(screen.getByLabelText('Rate per N'));
    fireEvent.change(screen.getByLabelText('Rate per (optional)'), { target: { value: '1000' } });
    fireEvent.click(screen.getByLabelText('Higher is better'));
    fireEvent.change(screen.getByLabelText('Data source (optional)'), { target: { value: 'Trust EPR' } });
    expect((screen.getByLabelText('95%') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('99.8%'));
    fireEvent.click(screen.getByRole('button', { name: 'Create metric' }));
    await waitFor(() => expect(onCreate).toHaveBeenCalled());
    expect(onCreate).toHaveBeenCalledWith({
      name: 'sepsis screening within one hour',
      definition: 'Adults with suspected sepsis screened within one hour of arrival',
      kind: 'RATE',
      direction: 'HIGHER_IS_BETTER',
      dataSource: 'Trust EPR',
      population: undefined,
      ratePer: 1000,
      unit: undefined,
      confidenceLevel: 'PERCENT_99_8',
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('wants a whole number for a rate', () => {
    expect(validateMetric({ name: 'a', definition: 'b', kind: 'RATE', direction: 'LOWER_IS_BETTER', ratePer: '10.5' })).toEqual([
      { field: 'metric-rate-per', message: 'Rate per must be a whole number, like 1000' },
    ]);
  });
});
