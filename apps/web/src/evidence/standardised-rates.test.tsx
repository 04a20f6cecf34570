import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ANALYSIS } from './fixtures';
import { RoundingForm } from './rounding-form';
import { StandardisedRates } from './standardised-rates';

const RATE = { kind: 'RATE' as const, ratePer: 100000, unit: null };
const estimate = (estimate: number | null, lower: number | null, upper: number | null, reason: string | null = null) => ({
  __typename: 'Estimate' as const,
  available: estimate !== null,
  estimate,
  lower,
  upper,
  reason,
});
const rate = (group: string, events: number | null, population: number | null, value: ReturnType<typeof estimate>, suppressed = false) => ({
  __typename: 'StandardisedRate' as const,
  group,
  code: null,
  isReference: group === 'White',
  period: '2023',
  events,
  population,
  ageBands: 19,
  suppressed,
  value,
  crude: suppressed ? estimate(null, null, null, 'Hidden') : estimate(events! / population!, null, null),
});

describe('age-standardised rates', () => {
  it('shows each group’s rate with its interval beside the crude rate; a hidden group says so and shows no figure', () => {
    const analysis = {
      ...ANALYSIS,
      ageStandardised: true,
      standardisedRates: [
        rate('White', 50, 185000, estimate(8.5e-5, 6.2857e-5, 11.2344e-5)),
        rate('Black, Black British, Caribbean or African', null, null, estimate(null, null, null, 'Hidden'), true),
      ],
    };
    render(<StandardisedRates name="Admissions" scale={RATE} analysis={analysis} />);
    const table = screen.getByRole('table', { name: 'Admissions: age-standardised and crude rates by group and period' });
    const [white, black] = within(table).getAllByRole('row').slice(1);
    expect(
      within(white)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2023', '50', '185,000', '8.5 per 100,000 (95% CI 6.3 to 11.2)', '27.0 per 100,000']);
    expect(within(white).getByRole('rowheader').textContent).toBe('White (reference group)');
    expect(
      within(black)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2023', 'Hidden (small numbers)', 'Hidden (small numbers)', 'Hidden (small numbers)', 'Hidden (small numbers)']);
  });

  it('is not shown for values that do not come by age band', () => {
    const { container } = render(<StandardisedRates name="Admissions" scale={RATE} analysis={ANALYSIS} />);
    expect(container.textContent).toBe('');
  });
});

describe('rounding form', () => {
  it('saves the choice and shows what it did (the page says it through its announcer, so not in a live region of its own)', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    render(<RoundingForm roundToFive={false} busy={false} onSave={onSave} />);
    const box = screen.getByRole('checkbox', { name: 'Round counts to the nearest 5' });
    expect(box.getAttribute('aria-describedby')).toBe('round-to-five-hint');
    expect(screen.getByRole('form', { name: 'Rounding of counts' })).toBeTruthy();
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Save rounding' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(true));
    expect(await screen.findByText('Counts are now rounded to the nearest 5.')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    // The button stays enabled for focus (aria-disabled while busy): a disabled one would drop focus to the page.
    expect(screen.getByRole('button', { name: 'Save rounding' }).hasAttribute('disabled')).toBe(false);
  });
});
