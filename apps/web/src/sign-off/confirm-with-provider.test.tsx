import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeConfirmedDraft } from './confirm-with-provider';
import { SignOffForm } from './sign-off-form';

const DRAFT = { sectionId: 's-1', contentHash: 'a'.repeat(64), evidenceDigest: 'e'.repeat(64), meaning: 'APPROVE' as const, note: 'Reads well.', slotKey: 'patient' };

describe('signing off through the identity provider', () => {
  afterEach(() => {
    sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('asks for no password: the choice goes to the provider step instead of the API', () => {
    const onSignOff = vi.fn();
    const onConfirm = vi.fn();
    render(
      <SignOffForm
        idPrefix="p"
        roleLabel="a patient representative"
        slots={[{ key: 'patient', label: 'A patient representative' }]}
        busy={false}
        onSignOff={onSignOff}
        provider={{ label: 'Sign in with NHSmail', onConfirm }}
      />,
    );
    expect(screen.queryByLabelText('Your password')).toBeNull();
    expect(screen.getByText(/you will be asked to sign in again \(“Sign in with NHSmail”\)/).textContent).toContain('then come back here');
    fireEvent.click(screen.getByLabelText('Approve'));
    fireEvent.change(screen.getByLabelText('Note (optional)'), { target: { value: ' Reads well. ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm it is you and sign off' }));
    expect(onConfirm).toHaveBeenCalledWith({ meaning: 'APPROVE', note: 'Reads well.', slotKey: 'patient' });
    expect(onSignOff).not.toHaveBeenCalled();
  });

  it('takes the confirmation and the draft once on the way back, removing the confirmation from the address', () => {
    sessionStorage.setItem('quorum:sign-off-draft', JSON.stringify({ ...DRAFT, savedAt: Date.now() }));
    window.history.replaceState(null, '', '/entries/e1/sections/s-1#sso-confirmation=secret-1');
    expect(takeConfirmedDraft('s-2')).toBeNull(); // another section's page leaves it be
    expect(takeConfirmedDraft('s-1')).toEqual({ confirmation: 'secret-1', draft: expect.objectContaining(DRAFT) });
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/entries/e1/sections/s-1');
    expect(takeConfirmedDraft('s-1')).toBeNull();
  });

  it('drops a draft older than the trip may take', () => {
    sessionStorage.setItem('quorum:sign-off-draft', JSON.stringify({ ...DRAFT, savedAt: Date.now() - 11 * 60_000 }));
    window.history.replaceState(null, '', '/entries/e1/sections/s-1#sso-confirmation=secret-2');
    expect(takeConfirmedDraft('s-1')).toBeNull();
    expect(sessionStorage.getItem('quorum:sign-off-draft')).toBeNull();
  });
});
