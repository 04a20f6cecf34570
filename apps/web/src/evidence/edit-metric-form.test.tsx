import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EditMetricForm } from './edit-metric-form';
import { ANALYSIS } from './fixtures';
import type { EthnicCategory, EvidenceMetric } from './use-evidence';

const METRIC = {
  __typename: 'Metric',
  id: 'm1',
  name: 'sepsis screening',
  definition: 'Screened within one hour',
  kind: 'PROPORTION',
  direction: 'HIGHER_IS_BETTER',
  dataSource: 'Trust EPR',
  population: 'patients',
  ratePer: null,
  unit: null,
  referenceCode: 'A',
  suppressionThreshold: 5,
  confidenceLevel: 'PERCENT_95',
  periods: ['2023-Q1', '2023-Q2', '2023-Q3'],
  baselinePeriod: null,
  followUpPeriod: null,
  analysis: ANALYSIS,
} as EvidenceMetric;
const CATEGORIES = [
  { code: 'A', label: 'British', onsGroup: 'White' },
  { code: 'N', label: 'African', onsGroup: 'Black, Black British, Caribbean or African' },
  { code: 'Z', label: 'Not stated', onsGroup: 'Not stated' },
] as EthnicCategory[];

const form = (onSave = vi.fn().mockResolvedValue(undefined), onCancel = vi.fn()) => {
  render(<EditMetricForm metric={METRIC} categories={CATEGORIES} busy={false} onSave={onSave} onCancel={onCancel} />);
  return { onSave, onCancel };
};

describe('edit metric form', () => {
  it('starts with the metric’s details, focused on its heading, the kind shown as fixed', () => {
    form();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Change the metric’s details' }));
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('sepsis screening');
    expect((screen.getByLabelText('Higher is better') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Data source (optional)') as HTMLInputElement).value).toBe('Trust EPR');
    expect(screen.getByText(/The kind cannot be changed/)).toBeTruthy();
    // Not stated cannot be the reference group.
    expect(
      within(screen.getByLabelText('Compare groups with'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['British (White)', 'African (Black, Black British, Caribbean or African)']);
    expect(
      within(screen.getByLabelText('Baseline period'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['The earliest, when the period names tell (default)', '2023-Q1', '2023-Q2', '2023-Q3']);
    expect((screen.getByLabelText('95%') as HTMLInputElement).checked).toBe(true);
  });

  it('lists every problem in the summary and sends nothing', async () => {
    const { onSave } = form();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: ' ' } });
    fireEvent.change(screen.getByLabelText('Definition'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Baseline period'), { target: { value: '2023-Q2' } });
    fireEvent.change(screen.getByLabelText('Follow-up period'), { target: { value: '2023-Q2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const summary = await waitFor(() => screen.getByRole('alert'));
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#metric-name', '#metric-definition', '#metric-follow-up']);
    // Below the form's own h3, "Change the metric’s details", in the page's outline.
    expect(within(summary).getByRole('heading', { name: 'There is a problem' }).tagName).toBe('H4');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('sends the changes, clearing an emptied data source', async () => {
    const { onSave } = form();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: ' sepsis screening in one hour ' } });
    fireEvent.change(screen.getByLabelText('Data source (optional)'), { target: { value: '' } });
    fireEvent.click(screen.getByLabelText('Lower is better'));
    fireEvent.change(screen.getByLabelText('Follow-up period'), { target: { value: '2023-Q2' } });
    fireEvent.click(screen.getByLabelText('99.8%'));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0][0]).toEqual({
      name: 'sepsis screening in one hour',
      definition: 'Screened within one hour',
      direction: 'LOWER_IS_BETTER',
      population: 'patients',
      dataSource: null,
      ratePer: undefined,
      unit: undefined,
      referenceCode: 'A',
      baselinePeriod: null,
      followUpPeriod: '2023-Q2',
      confidenceLevel: 'PERCENT_99_8',
    });
  });

  it('cancels without sending', () => {
    const { onSave, onCancel } = form();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
    expect(onSave).not.toHaveBeenCalled();
  });
});
