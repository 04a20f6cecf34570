import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import type { Role } from '../gql/graphql';
import { apiError, entryHeaderFixture, LEAD, NURSE } from '../test/fixtures';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { render } from '../test/render';
import { ChangeMemberRoleMutation, EntryTeamQuery, InviteMemberMutation, PendingInvitationsQuery } from './operations';
import { TeamPage } from './team-page';

const member = (id: string, role: Role, user: typeof LEAD) => ({ __typename: 'Membership' as const, id, role, user: { __typename: 'User' as const, ...user } });

function teamMock(viewer: typeof LEAD, viewerRole: Role): MockLink.MockedResponse {
  return {
    request: { query: EntryTeamQuery, variables: { id: 'e1' } },
    result: {
      data: {
        me: { __typename: 'User', id: viewer.id },
        entry: {
          ...entryHeaderFixture('DRAFT', viewerRole),
          abilities: { __typename: 'EntryAbilities', canManageTeam: viewerRole === 'LEAD' },
          members: [member('m-lead', 'LEAD', LEAD), member('m-nurse', 'NURSE', NURSE)],
        },
      },
    },
    maxUsageCount: Infinity,
  };
}

const noInvitations: MockLink.MockedResponse = {
  request: { query: PendingInvitationsQuery, variables: { id: 'e1' } },
  result: { data: { entry: { __typename: 'Entry', id: 'e1', pendingInvitations: [] } } },
  maxUsageCount: Infinity,
};

const renderTeam = (mocks: MockLink.MockedResponse[]) => render(<TeamPage />, { mocks, at: '/entries/e1/team', path: '/entries/:entryId/team' });

describe('team page', () => {
  it('shows a member only the team, without controls they may not use', async () => {
    renderTeam([teamMock(NURSE, 'NURSE')]);
    await waitFor(() => screen.getByRole('heading', { name: /Closing the gap$/ }));
    expect(document.body.textContent).toContain('Grace Mensah (you)');
    expect(document.querySelector('select')).toBeNull();
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Invite someone' })).toBeNull();
  });

  it('lets the lead invite by email and role, and shows the link to copy', async () => {
    const invited = {
      request: { query: InviteMemberMutation, variables: { input: { entryId: 'e1', email: 'new.nurse@nhs.net', role: 'NURSE' } } },
      result: {
        data: {
          inviteMember: {
            __typename: 'InviteMemberPayload',
            inviteUrl: 'http://localhost:4000/invitations/secret',
            invitation: { __typename: 'Invitation', id: 'i1', email: 'new.nurse@nhs.net', role: 'NURSE', expiresAt: '2026-12-09T10:00:00.000Z' },
          },
        },
      },
    };
    renderTeam([teamMock(LEAD, 'LEAD'), noInvitations, invited]);
    await waitFor(() => screen.getByRole('heading', { name: 'Invite someone' }));

    fireEvent.click(screen.getByRole('button', { name: 'Create invitation link' }));
    expect([...document.querySelectorAll('.nhsuk-error-summary a')].map((a) => a.textContent)).toEqual([
      'Enter the email address of the person to invite',
      'Select the role they will have in this entry',
    ]);

    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'new.nurse@nhs.net' } });
    fireEvent.change(screen.getByLabelText('Role in this entry'), { target: { value: 'NURSE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create invitation link' }));

    const link = await waitFor(() => screen.getByLabelText('Invitation link') as HTMLInputElement);
    expect(link.value).toBe('http://localhost:4000/invitations/secret');
    expect(document.querySelector('.nhsuk-error-summary')).toBeNull();
    await waitFor(() => expect(document.activeElement?.className).toContain('nhsuk-notification-banner--success'));
    expect(document.body.textContent).toContain('It works until 9 December 2026');
  });

  it('shows a refused role change in the error summary, linked to that member’s role', async () => {
    const refused = {
      request: { query: ChangeMemberRoleMutation, variables: { input: { membershipId: 'm-lead', role: 'MANAGER' } } },
      result: apiError('CONFLICT', 'An entry must keep at least one lead. Make someone else lead first.'),
    };
    renderTeam([teamMock(LEAD, 'LEAD'), noInvitations, refused]);
    await waitFor(() => screen.getByRole('heading', { name: 'Members' }));

    fireEvent.click(screen.getByRole('button', { name: 'Change role of Amara Okafor' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Role of Amara Okafor')));
    fireEvent.change(screen.getByLabelText('Role of Amara Okafor'), { target: { value: 'MANAGER' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save role of Amara Okafor' }));

    const item = await waitFor(() => screen.getByRole('link', { name: 'An entry must keep at least one lead. Make someone else lead first.' }));
    expect(item.getAttribute('href')).toBe('#role-m-lead');
    await waitFor(() => expect(document.activeElement?.className).toContain('nhsuk-error-summary'));
    // The role picker stays open with the problem beside it.
    expect(screen.getByLabelText('Role of Amara Okafor').getAttribute('aria-describedby')).toBe('role-m-lead-error');
  });

  it('asks before removing someone', async () => {
    renderTeam([teamMock(LEAD, 'LEAD'), noInvitations]);
    await waitFor(() => screen.getByRole('heading', { name: 'Members' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Grace Mensah' }));
    expect(document.body.textContent).toContain('Remove Grace Mensah from this entry?');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Yes, remove' })));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove Grace Mensah' })));
  });

  it('changes a role in place, announces it, and returns focus to the row', async () => {
    const changed = {
      request: { query: ChangeMemberRoleMutation, variables: { input: { membershipId: 'm-nurse', role: 'MEDIC' } } },
      result: { data: { changeMemberRole: { __typename: 'ChangeMemberRolePayload', membership: { __typename: 'Membership', id: 'm-nurse', role: 'MEDIC' } } } },
    };
    renderTeam([teamMock(LEAD, 'LEAD'), noInvitations, changed]);
    await waitFor(() => screen.getByRole('heading', { name: 'Members' }));
    fireEvent.click(screen.getByRole('button', { name: 'Change role of Grace Mensah' }));
    fireEvent.change(screen.getByLabelText('Role of Grace Mensah'), { target: { value: 'MEDIC' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save role of Grace Mensah' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change role of Grace Mensah' })));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Grace Mensah is now Medic.'));
  });
});
