import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError } from '../test/fixtures';
import { render } from '../test/render';
import { ResendInvitationMutation, WithdrawInvitationMutation } from './operations';
import { PendingInvitations } from './pending-invitations';

const IN_10_DAYS = new Date(Date.now() + 10.5 * 86_400_000).toISOString();
const INVITATION = { id: 'i-1', email: 'sam@nhs.net', role: 'MEDIC' as const, expiresAt: IN_10_DAYS };

describe('pending invitations', () => {
  it('shows when each link expires, and withdraws one', async () => {
    render(<PendingInvitations invitations={[INVITATION]} />, {
      mocks: [
        {
          request: { query: WithdrawInvitationMutation, variables: { input: { invitationId: 'i-1' } } },
          result: { data: { withdrawInvitation: { __typename: 'WithdrawInvitationPayload', invitation: { __typename: 'Invitation', id: 'i-1' } } } },
        },
      ],
    });
    expect(screen.getByRole('cell', { name: /10 days left/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw the invitation to sam@nhs.net' }));
    await waitFor(() => expect(screen.getByTestId('invitation-message').textContent).toBe('The invitation to sam@nhs.net has been withdrawn. Its link no longer works.'));
  });

  it('sends one again, showing the new link when no email is sent; says why when refused', async () => {
    const resent = {
      request: { query: ResendInvitationMutation, variables: { input: { invitationId: 'i-1' } } },
      result: {
        data: {
          resendInvitation: {
            __typename: 'InviteMemberPayload',
            inviteUrl: 'http://q.test/invitations/new',
            emailed: false,
            invitation: { __typename: 'Invitation', id: 'i-1', email: 'sam@nhs.net', expiresAt: '2026-12-20T10:00:00.000Z' },
          },
        },
      },
    };
    const refused = { request: resent.request, result: apiError('CONFLICT', 'This invitation is no longer pending: it was accepted, withdrawn or replaced.') };
    render(<PendingInvitations invitations={[INVITATION]} />, { mocks: [resent, refused] });
    fireEvent.click(screen.getByRole('button', { name: 'Send again to sam@nhs.net' }));
    await waitFor(() => expect(screen.getByTestId('invitation-message').textContent).toContain('A new link for sam@nhs.net works until 20 December 2026'));
    expect(screen.getByText('http://q.test/invitations/new')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send again to sam@nhs.net' }));
    await waitFor(() => expect(screen.getByTestId('invitation-message').textContent).toBe('This invitation is no longer pending: it was accepted, withdrawn or replaced.'));
  });
});
