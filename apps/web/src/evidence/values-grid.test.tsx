import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { render } from '../test/render';
import { ValuesGrid } from './values-grid';
import { SetMetricValuesMutation } from './values-grid.query';

const categories = [{ __typename: 'EthnicCategory' as const, code: 'A', label: 'White British', onsGroup: 'White' }];
const band = (ageBand: string, numerator: number, denominator: number) => ({ period: '2023', ethnicCode: 'A', ageBand, numerator, denominator, suppressed: null });

describe('values table of a rate by age band', () => {
  it('shows each row’s band, lets the analyst change it, and saves every row with its band', async () => {
    let sent: unknown = null;
    const mocks = [
      {
        request: {
          query: SetMetricValuesMutation,
          variables: (variables: Record<string, unknown>) => {
            sent = variables;
            return true;
          },
        },
        result: { data: { setMetricValues: { __typename: 'MetricValuesPayload' as const, written: 2, metric: { __typename: 'Metric' as const, id: 'm1' } } } },
      },
    ];
    render(<ValuesGrid metricId="m1" kind="RATE" categories={categories} values={[band('85-89', 30, 10000), band('90+', 20, 5000)]} editable />, { mocks });
    expect(screen.getByRole('columnheader', { name: 'Age band' })).toBeTruthy();
    const second = screen.getByLabelText('Row 2 age band') as HTMLSelectElement;
    expect(second.value).toBe('90+');
    fireEvent.change(screen.getByLabelText('Row 1 age band'), { target: { value: '80-84' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save values' }));
    expect(await screen.findByText('2 values saved.')).toBeTruthy();
    expect(sent).toEqual({
      input: {
        metricId: 'm1',
        replace: true,
        values: [
          { period: '2023', ethnicCode: 'A', ageBand: '80-84', numerator: 30, denominator: 10000 },
          { period: '2023', ethnicCode: 'A', ageBand: '90+', numerator: 20, denominator: 5000 },
        ],
      },
    });
  });

  it('has no age band column for values for all ages', () => {
    render(<ValuesGrid metricId="m1" kind="RATE" categories={categories} values={[{ period: '2023', ethnicCode: 'A', numerator: 3, denominator: 100, suppressed: null }]} editable={false} />);
    expect(screen.queryByRole('columnheader', { name: 'Age band' })).toBeNull();
  });
});
