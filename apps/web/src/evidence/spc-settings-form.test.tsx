import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PROPORTION } from './fixtures';
import { SpcSettingsForm } from './spc-settings-form';

describe('SPC settings form', () => {
  it('saves a target in percent as a fraction and the marked recalculation periods in period order', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    render(<SpcSettingsForm scale={PROPORTION} periods={['2023-Q1', '2023-Q2', '2023-Q3']} target={null} recalculationPeriods={[]} busy={false} onSave={onSave} />);
    // The first period cannot start a new stretch of limits: there is nothing before it.
    expect(screen.queryByLabelText('2023-Q1')).toBeNull();
    fireEvent.change(screen.getByLabelText('Target (optional)'), { target: { value: '90' } });
    fireEvent.click(screen.getByLabelText('2023-Q3'));
    fireEvent.click(screen.getByLabelText('2023-Q2'));
    fireEvent.click(screen.getByRole('button', { name: 'Save SPC settings' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ target: 0.9, recalculationPeriods: ['2023-Q2', '2023-Q3'] }));
    expect(await screen.findByText('SPC settings saved.')).toBeTruthy();
  });

  it('refuses a proportion’s target above 100% without saving', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    render(<SpcSettingsForm scale={PROPORTION} periods={['P1', 'P2']} target={0.5} recalculationPeriods={['P2']} busy={false} onSave={onSave} />);
    expect((screen.getByLabelText('Target (optional)') as HTMLInputElement).value).toBe('50.0');
    expect((screen.getByLabelText('P2') as HTMLInputElement).checked).toBe(true);
    fireEvent.change(screen.getByLabelText('Target (optional)'), { target: { value: '120' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save SPC settings' }));
    expect((await screen.findAllByText('Enter a target from 0 to 100%')).length).toBeGreaterThan(0);
    expect(onSave).not.toHaveBeenCalled();
  });
});
