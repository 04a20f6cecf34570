import { describe, expect, it } from 'vitest';
import { apiError, meMock, NURSE, singleSignOnMock } from '../test/fixtures';
import { screen, waitFor } from '@testing-library/react';
import { render } from '../test/render';
import { InvitationPreviewQuery } from './operations';
import { InvitationPage } from './invitation-page';

const preview = {
  request: { query: InvitationPreviewQuery, variables: { token: 'tok' } },
  result: {
    data: {
      invitation: {
        __typename: 'InvitationPreview',
        email: 'nurse@demo.quorum.test',
        entryTitle: 'Closing the gap',
        role: 'NURSE',
        invitedByName: 'Amara Okafor',
        expiresAt: '2026-12-09T10:00:00.000Z',
      },
    },
  },
  maxUsageCount: Infinity,
};
const at = { at: '/invitations/tok', path: '/invitations/:token' };

describe('invitation page', () => {
  it('offers someone signed out to create an account for the invited address, or log in, and come back', async () => {
    render(<InvitationPage />, { mocks: [meMock(null), preview], ...at });
    await waitFor(() => screen.getByRole('heading', { name: /Join “Closing the gap”/ }));
    expect(document.body.textContent).toContain('Amara Okafor has invited you to join the team writing this award entry, as Nurse.');
    expect(screen.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe('/sign-up?next=%2Finvitations%2Ftok&email=nurse%40demo.quorum.test');
    expect(screen.getByRole('link', { name: 'Log in' }).getAttribute('href')).toBe('/log-in?next=%2Finvitations%2Ftok');
    expect(screen.queryByRole('button', { name: 'Accept and join the team' })).toBeNull();
  });

  it('lets the invited person accept', async () => {
    render(<InvitationPage />, { mocks: [meMock(NURSE), preview], ...at });
    await waitFor(() => screen.getByRole('button', { name: 'Accept and join the team' }));
  });

  it('tells someone logged in with another address what to do', async () => {
    render(<InvitationPage />, { mocks: [meMock({ ...NURSE, email: 'someone.else@nhs.net' }), preview], ...at });
    await waitFor(() => screen.getByRole('heading', { name: 'This invitation is for someone else' }));
    expect(screen.queryByRole('button', { name: 'Accept and join the team' })).toBeNull();
  });

  it('explains a link that no longer works', async () => {
    const gone = { request: { query: InvitationPreviewQuery, variables: { token: 'tok' } }, result: apiError('NOT_FOUND', 'gone') };
    render(<InvitationPage />, { mocks: [meMock(null), gone], ...at });
    await waitFor(() => screen.getByRole('heading', { name: 'This invitation link does not work' }));
    expect(document.body.textContent).toContain('Ask the lead of the entry to invite you again.');
  });

  it('says when the lead withdrew it', async () => {
    const withdrawn = { request: { query: InvitationPreviewQuery, variables: { token: 'tok' } }, result: apiError('NOT_FOUND', 'gone', { reason: 'WITHDRAWN' }) };
    render(<InvitationPage />, { mocks: [meMock(null), withdrawn], ...at });
    await waitFor(() => screen.getByRole('heading', { name: 'This invitation link does not work' }));
    expect(document.body.textContent).toContain('The lead of the entry has withdrawn this invitation');
  });

  describe('with single sign-on', () => {
    it('offers the button, which signs in and accepts the invitation on the way back to it', async () => {
      render(<InvitationPage />, { mocks: [meMock(null), preview, singleSignOnMock(true)], ...at });
      const button = await screen.findByRole('link', { name: 'Sign in with NHSmail' });
      expect(button.getAttribute('href')).toBe('/auth/sso/start?next=%2Finvitations%2Ftok&invitation=tok');
      expect(document.body.textContent).toContain('To accept, sign in with nurse@demo.quorum.test.');
      expect(screen.getByRole('link', { name: 'Create an account' })).toBeTruthy();
    });

    it('offers only the button when password log-in is off', async () => {
      render(<InvitationPage />, { mocks: [meMock(null), preview, singleSignOnMock(false)], ...at });
      await screen.findByRole('link', { name: 'Sign in with NHSmail' });
      expect(screen.queryByRole('link', { name: 'Create an account' })).toBeNull();
      expect(screen.queryByRole('link', { name: 'Log in' })).toBeNull();
    });
  });
});
