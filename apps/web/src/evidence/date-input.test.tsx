import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { render } from '../test/render';
import { checkDate } from './date-input';
import { TestimonialList } from './testimonials';
import type { Testimonial } from './use-evidence';

const what = 'The date of consent';

describe('checkDate', () => {
  it('gives the date as YYYY-MM-DD', () => {
    expect(checkDate({ day: '5', month: '3', year: '2024' }, what)).toEqual({ date: '2024-03-05' });
    expect(checkDate({ day: ' 29 ', month: '02', year: '2024' }, what)).toEqual({ date: '2024-02-29' });
  });

  it('names what is missing and marks only those boxes', () => {
    expect(checkDate({ day: '', month: '', year: '' }, what)).toEqual({ problem: { message: 'Enter the date of consent', parts: ['day'] } });
    expect(checkDate({ day: '5', month: '', year: '2024' }, what)).toEqual({ problem: { message: 'The date of consent must include a month', parts: ['month'] } });
    expect(checkDate({ day: '', month: '', year: '2024' }, what)).toEqual({ problem: { message: 'The date of consent must include a day and month', parts: ['day', 'month'] } });
  });

  it('refuses dates that are not real, marking the box at fault', () => {
    expect(checkDate({ day: '30', month: '2', year: '2024' }, what)).toEqual({ problem: { message: 'The date of consent must be a real date', parts: ['day'] } });
    expect(checkDate({ day: '1', month: '13', year: '2024' }, what)).toEqual({ problem: { message: 'The date of consent must be a real date', parts: ['month'] } });
    expect(checkDate({ day: '1', month: 'May', year: '2024' }, what)).toEqual({ problem: { message: 'The date of consent must be a real date, in numbers', parts: ['month'] } });
    expect(checkDate({ day: '1', month: '5', year: '24' }, what)).toEqual({ problem: { message: 'Year must include 4 numbers', parts: ['year'] } });
  });

  it('refuses a date after `notAfter`', () => {
    expect(checkDate({ day: '2', month: '1', year: '2030' }, what, { notAfter: '2030-01-01' })).toEqual({
      problem: { message: 'The date of consent must be today or in the past', parts: ['day', 'month', 'year'] },
    });
    expect(checkDate({ day: '1', month: '1', year: '2030' }, what, { notAfter: '2030-01-01' })).toEqual({ date: '2030-01-01' });
  });
});

const TESTIMONIAL = {
  __typename: 'Testimonial',
  id: 't1',
  quote: 'They listened.',
  source: 'PATIENT',
  anonymised: true,
  attribution: null,
  citedAs: 'A patient',
  consentStatus: 'NOT_RECORDED',
  consentDate: null,
  consentNote: null,
  consentRecordedAt: null,
  consentRecordedBy: null,
  exportable: false,
  createdAt: '2024-01-01T00:00:00Z',
} as Testimonial;

describe('recording consent', () => {
  it('uses the NHS date input: a fieldset of day, month and year, an error on the boxes at fault only', async () => {
    const onRecord = vi.fn();
    render(<TestimonialList testimonials={[TESTIMONIAL]} canChange actions={{ onRecord, onUpdate: vi.fn(), onDelete: vi.fn(), saving: false, deleting: false }} />);
    const group = screen.getByRole('group', { name: 'Date' });
    fireEvent.change(within(group).getByLabelText('Day'), { target: { value: '12' } });
    fireEvent.change(within(group).getByLabelText('Year'), { target: { value: '2024' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save consent' }));

    const summary = await waitFor(() => screen.getByRole('alert'));
    expect(within(summary).getByRole('link', { name: 'The date of consent must include a month' }).getAttribute('href')).toBe('#consent-t1-date-month');
    expect(group.getAttribute('aria-describedby')).toBe('consent-t1-date-hint consent-t1-date-error');
    expect(document.getElementById('consent-t1-date-error')!.textContent).toBe('Error: The date of consent must include a month');
    expect(within(group).getByLabelText('Month').className).toContain('nhsuk-input--error');
    expect(within(group).getByLabelText('Day').className).not.toContain('nhsuk-input--error');
    expect(onRecord).not.toHaveBeenCalled();

    fireEvent.change(within(group).getByLabelText('Month'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save consent' }));
    await waitFor(() => expect(onRecord).toHaveBeenCalledWith({ testimonialId: 't1', status: 'GIVEN', date: '2024-03-12', note: undefined }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(group).getByLabelText('Month').className).not.toContain('nhsuk-input--error');
  });
});
