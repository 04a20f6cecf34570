import { CombinedGraphQLErrors } from '@apollo/client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { render } from '../test/render';
import type { TestimonialActions } from './testimonial-card';
import { TestimonialList } from './testimonials';
import type { Testimonial } from './use-evidence';
import { linksIn } from '../test/links';

const CONSENTED = {
  __typename: 'Testimonial',
  id: 't1',
  quote: 'They listened.',
  source: 'PATIENT',
  anonymised: true,
  attribution: 'Mrs A. Khan',
  citedAs: 'A patient',
  consentStatus: 'GIVEN',
  consentDate: '2024-03-12',
  consentNote: null,
  consentRecordedAt: '2024-03-12T10:00:00Z',
  consentRecordedBy: { __typename: 'User', id: 'u1', name: 'Asha Patel' },
  exportable: true,
  createdAt: '2024-01-01T00:00:00Z',
} as Testimonial;

const refusal = (message: string, extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

function list(actions: Partial<TestimonialActions> = {}, canChange = true) {
  const all: TestimonialActions = {
    onRecord: vi.fn(),
    onUpdate: vi.fn().mockResolvedValue({ consentReset: false }),
    onDelete: vi.fn().mockResolvedValue(undefined),
    saving: false,
    deleting: false,
    ...actions,
  };
  render(<TestimonialList testimonials={[CONSENTED]} canChange={canChange} actions={all} />);
  return all;
}
const announced = () => screen.getByTestId('announcer').textContent;
const changeButton = () => screen.getByRole('button', { name: 'Change the quote from A patient' });
const deleteButton = () => screen.getByRole('button', { name: 'Delete the quote from A patient' });
/** What has focus, e.g. "button: Change the quote from A patient": cheap to check again and again while waiting. */
const focused = () => `${document.activeElement?.tagName.toLowerCase()}: ${document.activeElement?.textContent}`;

describe('changing a testimonial', () => {
  it('is offered only to those who may add testimonials', () => {
    list({}, false);
    expect(screen.getByText('“They listened.”')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Change/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull();
    expect(screen.queryByText(/Record consent/)).toBeNull();
  });

  it('opens a form in place, focused on its heading, filled in, warning that consent covers the old words', () => {
    list();
    fireEvent.click(changeButton());
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Change the quote from A patient' }));
    const form = screen.getByRole('form', { name: 'Change the quote from A patient' });
    expect((within(form).getByLabelText('Quote') as HTMLTextAreaElement).value).toBe('They listened.');
    expect((within(form).getByLabelText('Patient') as HTMLInputElement).checked).toBe(true);
    expect((within(form).getByLabelText('Who said it (optional)') as HTMLInputElement).value).toBe('Mrs A. Khan');
    expect((within(form).getByLabelText('Anonymise in the entry') as HTMLInputElement).checked).toBe(true);
    expect(within(form).getByText(/Consent was given for these words/)).toBeTruthy();
    // The quote itself and the other actions give way to the form.
    expect(screen.queryByText('“They listened.”')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull();
  });

  it('lists problems in the summary, linked to their fields, and sends nothing', async () => {
    const { onUpdate } = list();
    fireEvent.click(changeButton());
    fireEvent.change(screen.getByLabelText('Quote'), { target: { value: '   ' } });
    fireEvent.change(screen.getByLabelText('Who said it (optional)'), { target: { value: 'x'.repeat(201) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const summary = await waitFor(() => screen.getByRole('alert'));
    expect(linksIn(summary)).toEqual([
      ['Enter the quote, in the person’s own words', '#edit-testimonial-t1-quote'],
      ['Who said it must be 200 characters or fewer', '#edit-testimonial-t1-attribution'],
    ]);
    expect(document.getElementById('edit-testimonial-t1-quote-error')!.textContent).toBe('Error: Enter the quote, in the person’s own words');
    // Below the form's own h3, "Change the quote from …", in the page's outline.
    expect(within(summary).getByRole('heading', { name: 'There is a problem' }).tagName).toBe('H4');
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('shows the server’s refusal against its field', async () => {
    const onUpdate = vi.fn().mockRejectedValue(refusal('attribution must be at most 200 characters.', { code: 'BAD_USER_INPUT', field: 'input.attribution' }));
    list({ onUpdate });
    fireEvent.click(changeButton());
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const summary = await waitFor(() => screen.getByRole('alert'));
    expect(within(summary).getByRole('link', { name: 'attribution must be at most 200 characters.' }).getAttribute('href')).toBe('#edit-testimonial-t1-attribution');
  });

  it('saves the changes, says when consent must be recorded again, and returns focus to "Change"', async () => {
    const onUpdate = vi.fn().mockResolvedValue({ consentReset: true });
    list({ onUpdate });
    fireEvent.click(changeButton());
    fireEvent.change(screen.getByLabelText('Quote'), { target: { value: ' They listened to me. ' } });
    fireEvent.click(screen.getByLabelText('Family member or carer'));
    fireEvent.change(screen.getByLabelText('Who said it (optional)'), { target: { value: ' ' } });
    fireEvent.click(screen.getByLabelText('Anonymise in the entry'));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(focused()).toBe('button: Change the quote from A patient'));
    expect(document.activeElement).toBe(changeButton());
    expect(onUpdate).toHaveBeenCalledWith({ testimonialId: 't1', quote: 'They listened to me.', source: 'FAMILY', attribution: null, anonymised: false });
    // Shown in the card (and said through the live region, below).
    expect(screen.getByText(/Your changes have been saved. Consent was given for what it said before, so record consent again/, { selector: '.nhsuk-inset-text p' })).toBeTruthy();
    await waitFor(() => expect(announced()).toMatch(/^Your changes have been saved. Consent was given/));
  });

  it('cancels without sending, back on "Change"', async () => {
    const { onUpdate } = list();
    fireEvent.click(changeButton());
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(focused()).toBe('button: Change the quote from A patient'));
    expect(document.activeElement).toBe(changeButton());
    expect(screen.getByText('“They listened.”')).toBeTruthy();
    expect(onUpdate).not.toHaveBeenCalled();
  });
});

describe('deleting a testimonial', () => {
  it('asks first, and "No" goes back to "Delete" without deleting', async () => {
    const { onDelete } = list();
    fireEvent.click(deleteButton());
    const question = screen.getByRole('heading', { name: /Delete the quote from A patient\?/ });
    expect(document.activeElement).toBe(question);
    expect(screen.getByText(/deleted for good. This cannot be undone/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'No, keep it' }));
    await waitFor(() => expect(focused()).toBe('button: Delete the quote from A patient'));
    expect(document.activeElement).toBe(deleteButton());
    expect(onDelete).not.toHaveBeenCalled();
  });

  it('deletes after "Yes", says so, and moves focus to the Testimonials heading', async () => {
    const { onDelete } = list();
    fireEvent.click(deleteButton());
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete this testimonial' }));
    await waitFor(() => expect(focused()).toBe('h2: Testimonials'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Testimonials' }));
    expect(onDelete).toHaveBeenCalledWith(CONSENTED);
    await waitFor(() => expect(announced()).toBe('The quote from A patient was deleted.'));
  });

  it('says why when the server refuses, and stays on the question', async () => {
    const onDelete = vi.fn().mockRejectedValue(refusal('This entry has been submitted, so its evidence can no longer change. The lead can reopen it.', { code: 'CONFLICT' }));
    list({ onDelete });
    fireEvent.click(deleteButton());
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete this testimonial' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Error: This entry has been submitted, so its evidence can no longer change. The lead can reopen it.'));
    expect(screen.getByRole('heading', { name: /Delete the quote from A patient\?/ })).toBeTruthy();
    expect(announced()).toBe('');
  });
});
