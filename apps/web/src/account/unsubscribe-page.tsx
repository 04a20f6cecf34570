import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formErrors } from '../forms/api-errors';
import { ErrorSummary, type FormError } from '../forms/error-summary';
import { PageHeading } from '../layout/page-heading';
import { MAIL_KIND_LABELS } from './mail-words';
import { UnsubscribeMutation } from './operations';
import { NarrowColumn } from '../layout/narrow-column';

/**
 * An email's unsubscribe link: no need to log in. It asks before it acts, so that a mail
 * scanner opening the link does not unsubscribe anyone.
 */
export function UnsubscribePage() {
  const { token = '' } = useParams();
  const [unsubscribe, { loading, data }] = useMutation(UnsubscribeMutation);
  const [errors, setErrors] = useState<FormError[]>([]);

  async function onConfirm() {
    if (loading) return;
    try {
      await unsubscribe({ variables: { input: { token } } });
    } catch (error) {
      setErrors(formErrors(error));
    }
  }

  const kinds = data?.unsubscribe.kinds;
  return (
    <NarrowColumn>
      <ErrorSummary errors={errors} />
      {kinds ? (
        <>
          <PageHeading title="You are unsubscribed">You are unsubscribed</PageHeading>
          {kinds.length > 0 ? (
            <>
              <p className="nhsuk-body">You will no longer get emails about:</p>
              <ul className="nhsuk-list nhsuk-list--bullet">
                {kinds.map((kind) => (
                  <li key={kind}>{MAIL_KIND_LABELS[kind]}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="nhsuk-body">Nothing went to your digest, so nothing has changed.</p>
          )}
          <p className="nhsuk-body">You still see these in Quorum’s notifications. You can change which emails you get on your account page.</p>
        </>
      ) : (
        <>
          <PageHeading title="Stop these emails" error={errors.length > 0}>
            Stop these emails
          </PageHeading>
          <p className="nhsuk-body">Stop getting emails of the kind this link came with. You do not need to log in.</p>
          <button className="nhsuk-button" type="button" onClick={onConfirm} disabled={loading}>
            Stop these emails
          </button>
        </>
      )}
      <p className="nhsuk-body">
        <Link className="nhsuk-link" to="/account">
          Choose which emails you get
        </Link>
      </p>
    </NarrowColumn>
  );
}
