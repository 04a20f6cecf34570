import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { formErrors } from '../forms/api-errors';
import { ErrorSummary, type FormError } from '../forms/error-summary';
import type { MailDelivery, MailKind } from '../gql/graphql';
import { useAnnounce } from '../layout/announcer';
import { Loading } from '../layout/loading';
import { PageHeading } from '../layout/page-heading';
import { MAIL_DELIVERY_LABELS, MAIL_KIND_LABELS } from './mail-words';
import { MailPreferencesQuery, SetMailPreferenceMutation } from './operations';
import { useMailEnabled } from './use-server-info';
import { NarrowColumn } from '../layout/narrow-column';

const DELIVERIES: MailDelivery[] = ['AT_ONCE', 'DAILY_DIGEST', 'NEVER'];

/** Your account: which emails you get, per kind (at once, in a daily digest, or never). Each choice is saved as it is made. */
export function AccountPage() {
  const mailEnabled = useMailEnabled();
  const { data, loading } = useQuery(MailPreferencesQuery);
  const [save] = useMutation(SetMailPreferenceMutation);
  const [errors, setErrors] = useState<FormError[]>([]);
  // The choice shows at once, while it is saved; a refusal puts back what the server holds.
  const [chosen, setChosen] = useState<Partial<Record<MailKind, MailDelivery>>>({});
  const announce = useAnnounce();

  if (loading && !data) return <Loading what="your account" />;
  const preferences = data?.me?.mailPreferences ?? [];

  async function choose(kind: MailKind, delivery: MailDelivery) {
    setChosen((now) => ({ ...now, [kind]: delivery }));
    try {
      await save({
        variables: { input: { kind, delivery } },
        // The choices have no id of their own: the page's list is replaced with the one the server answers.
        update(cache, { data: saved }) {
          if (!saved) return;
          cache.updateQuery({ query: MailPreferencesQuery }, (previous) => previous?.me && { ...previous, me: { ...previous.me, mailPreferences: saved.setMailPreference.mailPreferences } });
        },
      });
      setErrors([]);
      announce(`Saved: ${MAIL_KIND_LABELS[kind]}, ${MAIL_DELIVERY_LABELS[delivery].toLowerCase()}.`);
    } catch (error) {
      setChosen((now) => ({ ...now, [kind]: undefined }));
      setErrors(formErrors(error));
    }
  }

  return (
    <NarrowColumn>
      <ErrorSummary errors={errors} />
      <PageHeading title="Your account">Your account</PageHeading>
      <h2 className="nhsuk-heading-m">Emails</h2>
      {mailEnabled === false && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>This Quorum does not send email at the moment. Your choices are kept for when it does; until then, invitation links are shared by hand.</p>
        </div>
      )}
      <p className="nhsuk-body">Choose how you hear of each kind of thing by email. Emails give an entry’s title and a link, never what it says. Each choice is saved at once.</p>
      {preferences.map(({ kind, delivery }) => (
        <div className="nhsuk-form-group" key={kind}>
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{MAIL_KIND_LABELS[kind]}</legend>
            <div className="nhsuk-radios nhsuk-radios--inline">
              {DELIVERIES.map((option) => (
                <div className="nhsuk-radios__item" key={option}>
                  <input
                    className="nhsuk-radios__input"
                    id={`mail-${kind}-${option}`}
                    name={`mail-${kind}`}
                    type="radio"
                    value={option}
                    checked={(chosen[kind] ?? delivery) === option}
                    onChange={() => void choose(kind, option)}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={`mail-${kind}-${option}`}>
                    {MAIL_DELIVERY_LABELS[option]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      ))}
    </NarrowColumn>
  );
}
