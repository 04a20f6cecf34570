import { useEffect, useRef } from 'react';
import { formatDate, roleLabel } from '../format';
import type { Role } from '../gql/graphql';
import { useAnnounce } from '../layout/announcer';
import { useMailEnabled } from '../account/use-server-info';

export interface CreatedInvitation {
  inviteUrl: string;
  invitation: { email: string; role: Role; expiresAt: string };
}

/** NHS success banner with the new link, ready to copy; it takes focus so that it is read out. */
export function InviteLink({ created }: { created: CreatedInvitation }) {
  const banner = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const announce = useAnnounce();
  const { invitation, inviteUrl } = created;
  // Whether the server emailed it (InviteMemberPayload.emailed says the same): otherwise sharing it by hand is the only way.
  const mailEnabled = useMailEnabled();
  useEffect(() => banner.current?.focus(), [created]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(inviteUrl);
      announce('Invitation link copied.');
    } catch {
      // No clipboard access (an insecure address, or refused): select it for the person to copy.
      input.current?.select();
      announce('Link selected. Press Control and C, or Command and C, to copy it.');
    }
  }

  return (
    <div className="nhsuk-notification-banner nhsuk-notification-banner--success" role="region" aria-labelledby="invite-link-title" tabIndex={-1} ref={banner}>
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="invite-link-title">
          Success
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">
          Invitation created for {invitation.email} as {roleLabel(invitation.role)}
        </p>
        <p className="nhsuk-body">
          {mailEnabled === true && `We have emailed this link to ${invitation.email}; you can also send it yourself. `}
          {mailEnabled === false && 'This Quorum does not send email: send them this link yourself. '}
          {mailEnabled === null && 'Send them this link. '}
          It works until {formatDate(invitation.expiresAt)}, and only for someone logged in as {invitation.email}. It is shown only now.
        </p>
        <div className="nhsuk-form-group app-copy-link">
          <label className="nhsuk-label" htmlFor="invite-url">
            Invitation link
          </label>
          <div className="nhsuk-input-wrapper">
            <input className="nhsuk-input" id="invite-url" type="text" readOnly value={inviteUrl} ref={input} onFocus={(e) => e.target.select()} />
            <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="button" onClick={copy}>
              Copy link
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
