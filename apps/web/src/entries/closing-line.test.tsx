import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EntryClosingDateQuery } from '../reminders/operations';
import { render } from '../test/render';
import { ClosingLine, closingWords } from './closing-line';

const NOW = Date.parse('2026-12-06T12:00:00Z');
const closing = (closesAt: string | null, canSetClosingDate: boolean) => ({
  request: { query: EntryClosingDateQuery, variables: { id: 'e-1' } },
  result: { data: { entry: { __typename: 'Entry', id: 'e-1', closesAt, abilities: { __typename: 'EntryAbilities', canSetClosingDate } } } },
});

describe('closing date line', () => {
  it('words the time left, rounded down, and a date gone by', () => {
    expect(closingWords('2026-12-20T23:59:00Z', NOW)).toBe('Closes 20 December 2026 (14 days left)');
    expect(closingWords('2026-12-07T18:00:00Z', NOW)).toBe('Closes 7 December 2026 (1 day left)');
    expect(closingWords('2026-12-06T17:30:00Z', NOW)).toBe('Closes 6 December 2026 (5 hours left)');
    expect(closingWords('2026-12-01T23:59:00Z', NOW)).toBe('Closed on 1 December 2026');
  });

  it('shows everyone the date; a lead gets a link to set it', async () => {
    const { unmount } = render(<ClosingLine entryId="e-1" />, { mocks: [closing(new Date(Date.now() + 3.5 * 86_400_000).toISOString(), false)] });
    await waitFor(() => expect(screen.getByTestId('closing-line').textContent).toMatch(/\(3 days left\)$/));
    expect(screen.queryByRole('link')).toBeNull();
    unmount();
    render(<ClosingLine entryId="e-1" />, { mocks: [closing(null, true)] });
    await waitFor(() => expect(screen.getByRole('link', { name: 'Set a closing date' }).getAttribute('href')).toBe('/entries/e-1/team#closing-date-heading'));
  });
});
