import { CombinedGraphQLErrors } from '@apollo/client';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { ImportValuesForm } from './import-values-form';

const PROBLEMS = [
  { line: 3, column: 'ethnic_code', reason: 'Unknown ethnic category code "X"' },
  { line: 4, column: 'numerator', reason: 'Numerator 30 is above the denominator 20' },
  { line: 5, column: 'numerator', reason: 'Not a number: "abc"' },
];

const rejected = () =>
  new CombinedGraphQLErrors({
    errors: [new GraphQLError('The file has problems on 3 lines; nothing was imported.', { extensions: { code: 'BAD_USER_INPUT', problems: PROBLEMS } })],
  });

describe('CSV import', () => {
  it('lists every bad row with its line, column and reason in the error summary, linked to the CSV box', async () => {
    const onImport = vi.fn().mockRejectedValue(rejected());
    render(<ImportValuesForm metricId="m1" kind="PROPORTION" busy={false} categories={[]} onImport={onImport} />);
    fireEvent.change(screen.getByLabelText('Values as CSV'), { target: { value: 'period,ethnic_code,numerator,denominator\nBaseline,A,1,2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import values' }));

    const summary = await waitFor(() => screen.getByRole('alert'));
    // An h4: the form sits under the metric page's h3 "Import values".
    expect(within(summary).getByRole('heading', { name: 'There is a problem' }).tagName).toBe('H4');
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Line 3, column ethnic_code: Unknown ethnic category code "X"',
      'Line 4, column numerator: Numerator 30 is above the denominator 20',
      'Line 5, column numerator: Not a number: "abc"',
    ]);
    expect(links.every((a) => a.getAttribute('href') === '#csv-m1')).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(summary.parentElement)); // focused by an effect, after render

    // The box says nothing was imported, and the table repeats each row's problem.
    expect(screen.getByText(/3 rows have problems; nothing was imported/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Rows with problems' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(onImport).toHaveBeenCalledWith('period,ethnic_code,numerator,denominator\nBaseline,A,1,2', false);
  });

  it('asks for values before sending anything', async () => {
    const onImport = vi.fn();
    render(<ImportValuesForm metricId="m1" kind="MEAN" busy={false} categories={[]} onImport={onImport} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import values' }));
    await waitFor(() => screen.getByRole('alert'));
    expect(screen.getAllByText('Paste the values as CSV, or choose a CSV file')).toHaveLength(2);
    expect(onImport).not.toHaveBeenCalled();
  });

  it('says how many values were imported', async () => {
    render(<ImportValuesForm metricId="m1" kind="PROPORTION" busy={false} categories={[]} onImport={vi.fn().mockResolvedValue(4)} />);
    fireEvent.change(screen.getByLabelText('Values as CSV'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import values' }));
    await waitFor(() => screen.getByText('4 values were imported.'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
