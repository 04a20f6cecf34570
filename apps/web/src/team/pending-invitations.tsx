import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { problemsFrom } from '../forms/api-errors';
import { formatDate, roleLabel } from '../format';
import type { Role } from '../gql/graphql';
import { useAnnounce } from '../layout/announcer';
import { TableHead } from '../layout/table-head';
import { timeLeft } from '../time-left';
import { ResendInvitationMutation, WithdrawInvitationMutation } from './operations';

interface Invitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: string;
}

/**
 * Invitations not yet accepted, with when each link stops working; the lead may withdraw one
 * (its link stops working at once) or send it again (a fresh link, valid 14 days, emailed when
 * the server sends mail, shown here to copy otherwise).
 */
export function PendingInvitations({ invitations }: { invitations: Invitation[] }) {
  const announce = useAnnounce();
  const [message, setMessage] = useState<{ error: boolean; text: string; link?: string } | null>(null);
  const options = { refetchQueries: ['PendingInvitations'], awaitRefetchQueries: true };
  const [withdraw, { loading: withdrawing }] = useMutation(WithdrawInvitationMutation, options);
  const [resend, { loading: resending }] = useMutation(ResendInvitationMutation, options);
  const busy = withdrawing || resending;

  async function act(invitation: Invitation, kind: 'withdraw' | 'resend') {
    try {
      if (kind === 'withdraw') {
        await withdraw({ variables: { input: { invitationId: invitation.id } } });
        const text = `The invitation to ${invitation.email} has been withdrawn. Its link no longer works.`;
        setMessage({ error: false, text });
        announce(text);
      } else {
        const result = await resend({ variables: { input: { invitationId: invitation.id } } });
        const sent = result.data!.resendInvitation;
        const text = sent.emailed
          ? `A new invitation has been emailed to ${invitation.email}. It works until ${formatDate(sent.invitation.expiresAt)}.`
          : `A new link for ${invitation.email} works until ${formatDate(sent.invitation.expiresAt)}. Send it to them: the old link no longer works.`;
        setMessage({ error: false, text, link: sent.emailed ? undefined : sent.inviteUrl });
        announce(text);
      }
    } catch (error) {
      const text = problemsFrom(error)[0].message;
      setMessage({ error: true, text });
      announce(text);
    }
  }

  return (
    <>
      {message && (
        <div className={message.error ? 'nhsuk-error-message' : 'nhsuk-inset-text'} data-testid="invitation-message">
          <p className="nhsuk-body">{message.text}</p>
          {message.link && (
            <p className="nhsuk-body app-wrap-anywhere">
              <code>{message.link}</code>
            </p>
          )}
        </div>
      )}
      {!invitations.length ? (
        <p className="nhsuk-body">There are no invitations waiting to be accepted.</p>
      ) : (
        <table className="nhsuk-table-responsive app-pending-invitations" role="table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Invitations not yet accepted</caption>
          <TableHead columns={['Email address', 'Role', 'Link works until', 'Actions']} />
          <tbody className="nhsuk-table__body">
            {invitations.map((invitation) => (
              <tr className="nhsuk-table__row" key={invitation.id}>
                <td className="nhsuk-table__cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Email address{' '}
                  </span>
                  {invitation.email}
                </td>
                <td className="nhsuk-table__cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Role{' '}
                  </span>
                  {roleLabel(invitation.role)}
                </td>
                <td className="nhsuk-table__cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Link works until{' '}
                  </span>
                  {formatDate(invitation.expiresAt)} ({timeLeft(invitation.expiresAt).toLowerCase()})
                </td>
                <td className="nhsuk-table__cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Actions{' '}
                  </span>
                  <button
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-1 nhsuk-u-margin-right-2"
                    type="button"
                    disabled={busy}
                    onClick={() => act(invitation, 'resend')}
                  >
                    Send again<span className="nhsuk-u-visually-hidden"> to {invitation.email}</span>
                  </button>
                  <button className="nhsuk-button nhsuk-button--warning nhsuk-button--small nhsuk-u-margin-bottom-1" type="button" disabled={busy} onClick={() => act(invitation, 'withdraw')}>
                    Withdraw<span className="nhsuk-u-visually-hidden"> the invitation to {invitation.email}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
