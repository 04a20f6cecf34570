import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { render } from '../test/render';
import { ClosingDate } from './closing-date';
import { EntryClosingDateQuery, SetEntryClosingDateMutation } from './operations';

const entry = (closesAt: string | null, canSetClosingDate: boolean) => ({
  request: { query: EntryClosingDateQuery, variables: { id: 'e1' } },
  result: { data: { entry: { __typename: 'Entry' as const, id: 'e1', closesAt, abilities: { __typename: 'EntryAbilities' as const, canSetClosingDate } } } },
});

describe('closing date', () => {
  it('a lead sets the day; the entry closes at its end, and the team reads it', async () => {
    const closesAt = new Date('2031-03-01T23:59:00').toISOString();
    const saved = {
      request: { query: SetEntryClosingDateMutation, variables: { input: { entryId: 'e1', closesAt } } },
      result: { data: { setEntryClosingDate: { __typename: 'SetEntryClosingDatePayload' as const, entry: { __typename: 'Entry' as const, id: 'e1', closesAt } } } },
    };
    render(<ClosingDate entryId="e1" />, { mocks: [entry(null, true), saved] });
    expect(await screen.findByText('No closing date is set.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('New closing date'), { target: { value: '2031-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save closing date' }));
    await waitFor(() => expect(screen.getByText(/The entry closes on 1 March 2031/)).toBeTruthy());
  });

  it('others see the date without the form', async () => {
    render(<ClosingDate entryId="e1" />, { mocks: [entry(new Date('2031-03-01T23:59:00').toISOString(), false)] });
    expect(await screen.findByText(/The entry closes on 1 March 2031/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save closing date' })).toBeNull();
  });
});
