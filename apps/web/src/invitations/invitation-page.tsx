import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { withNext } from '../auth/next-path';
import { SingleSignOnButton } from '../auth/single-sign-on-button';
import { useLoginOptions } from '../auth/use-login-options';
import { useLogOut, useMe } from '../auth/use-session';
import { formatDate, roleLabel } from '../format';
import { CombinedGraphQLErrors } from '@apollo/client';
import { formErrors, hasCode } from '../forms/api-errors';
import { ErrorSummary, type FormError } from '../forms/error-summary';
import { useAnnounce } from '../layout/announcer';
import { LoadFailed, Loading } from '../layout/loading';
import { PageHeading } from '../layout/page-heading';
import { useInvitation } from './use-invitation';
import { NarrowColumn } from '../layout/narrow-column';

const EXPIRED = 'This invitation link does not work any more. It may have expired, been used already, or been replaced by a newer link. Ask the lead of the entry to invite you again.';

/** Why a link stopped working, as the server says in `extensions.reason` beside NOT_FOUND (entries/membership.service.ts, invitationGone). */
const REASONS: Record<string, string> = {
  WITHDRAWN: 'The lead of the entry has withdrawn this invitation, or sent a newer link in its place. Ask them to invite you again if you should be on the team.',
  USED: 'This invitation has already been used. If it was you, log in and find the entry under Your entries.',
  EXPIRED: 'This invitation has expired. Ask the lead of the entry to send it again.',
};

const reasonOf = (error: unknown): string | undefined => (CombinedGraphQLErrors.is(error) ? String(error.errors[0]?.extensions?.reason ?? '') : undefined);

export function InvitationPage() {
  const { token = '' } = useParams();
  const { invitation, loading, error, accept, accepting } = useInvitation(token);
  const { me, loading: meLoading } = useMe();
  const { logOut } = useLogOut();
  const { passwordLogin, singleSignOn } = useLoginOptions();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [errors, setErrors] = useState<FormError[]>([]);

  if (loading || meLoading) return <Loading what="invitation" />;
  if (!invitation) {
    if (hasCode(error, 'NOT_FOUND')) {
      return (
        <>
          <PageHeading title="Invitation link not working">This invitation link does not work</PageHeading>
          <p className="nhsuk-body">{REASONS[reasonOf(error) ?? ''] ?? EXPIRED}</p>
        </>
      );
    }
    return <LoadFailed error={error} notFound={EXPIRED} />;
  }

  const here = `/invitations/${token}`;
  const rightPerson = me?.email === invitation.email;

  async function onAccept() {
    if (accepting) return;
    setErrors([]);
    try {
      const entry = await accept();
      announce(`You have joined ${entry.title}.`);
      navigate(`/entries/${entry.id}`);
    } catch (e) {
      setErrors(formErrors(e));
    }
  }

  return (
    <NarrowColumn>
      <ErrorSummary errors={errors} />
      <PageHeading title="Join an entry" caption="Invitation" error={errors.length > 0}>
        Join “{invitation.entryTitle}”
      </PageHeading>
      <p className="nhsuk-body-l">
        {invitation.invitedByName} has invited you to join the team writing this award entry, as {roleLabel(invitation.role)}.
      </p>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Invitation for</dt>
          <dd className="nhsuk-summary-list__value">{invitation.email}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Your role</dt>
          <dd className="nhsuk-summary-list__value">{roleLabel(invitation.role)}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Link works until</dt>
          <dd className="nhsuk-summary-list__value">{formatDate(invitation.expiresAt)}</dd>
        </div>
      </dl>
      {!me && singleSignOn && (
        <>
          {/* Signing in with the invited address accepts the invitation on the way back (the server checks the address). */}
          <p className="nhsuk-body">To accept, sign in with {invitation.email}.</p>
          <SingleSignOnButton label={singleSignOn.label} startPath={singleSignOn.startPath} next={here} invitation={token} />
        </>
      )}
      {!me && passwordLogin && (
        <>
          <p className="nhsuk-body">
            {singleSignOn ? 'Or create' : 'To accept, create'} an account or log in with {invitation.email}.
          </p>
          <div className="nhsuk-button-group">
            <Link className={`nhsuk-button${singleSignOn ? ' nhsuk-button--secondary' : ''}`} to={`${withNext('/sign-up', here)}&email=${encodeURIComponent(invitation.email)}`}>
              Create an account
            </Link>
            <Link className="nhsuk-button nhsuk-button--secondary" to={withNext('/log-in', here)}>
              Log in
            </Link>
          </div>
        </>
      )}
      {me && rightPerson && (
        <button className="nhsuk-button" type="button" onClick={onAccept}>
          Accept and join the team
        </button>
      )}
      {me && !rightPerson && (
        <div className="nhsuk-card nhsuk-card--warning">
          <div className="nhsuk-card__content">
            <h2 className="nhsuk-card__heading">This invitation is for someone else</h2>
            <p className="nhsuk-card__description">
              You are logged in as {me.email}, but the invitation was sent to {invitation.email}. Log out, then log in with {invitation.email} to accept it.
            </p>
            <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => logOut()}>
              Log out
            </button>
          </div>
        </div>
      )}
    </NarrowColumn>
  );
}
