import { CombinedGraphQLErrors } from '@apollo/client';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DeleteMetric } from './delete-metric';

describe('deleting a metric', () => {
  it('asks first, and "No" goes back to the button without deleting', async () => {
    const onDelete = vi.fn();
    render(<DeleteMetric name="sepsis screening" periods={3} busy={false} onDelete={onDelete} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete this metric' }));
    const question = screen.getByRole('heading', { name: /Delete sepsis screening\?/ });
    await waitFor(() => expect(document.activeElement).toBe(question));
    expect(screen.getByText(/Its values for 3 periods, its links to judging criteria and its charts will be deleted too/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'No, keep it' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete this metric' })));
    expect(onDelete).not.toHaveBeenCalled();
  });

  it('deletes after "Yes", and says why if the server refuses', async () => {
    const onDelete = vi
      .fn()
      .mockRejectedValueOnce(new CombinedGraphQLErrors({ errors: [{ message: 'The entry has been submitted: its evidence can no longer change.', extensions: { code: 'CONFLICT' } }] }));
    render(<DeleteMetric name="sepsis screening" periods={0} busy={false} onDelete={onDelete} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete this metric' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete this metric' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Error: The entry has been submitted: its evidence can no longer change.'));
    expect(onDelete).toHaveBeenCalledTimes(1);
  });
});
