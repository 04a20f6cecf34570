import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formErrors } from '../forms/api-errors';
import type { FormError } from '../forms/error-summary';
import { FormPage } from '../forms/form-page';
import { bound, EmailInput } from '../forms/fields';
import { PageHeading } from '../layout/page-heading';
import { RequestPasswordResetMutation } from './operations';
import { useMailEnabled } from './use-server-info';
import { NarrowColumn } from '../layout/narrow-column';

/** "Forgot your password?": asks for a reset link by email. The answer reads the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const mailEnabled = useMailEnabled();
  const [request, { loading }] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    const address = email.trim();
    const problems: FormError[] = address ? [] : [{ field: 'email', message: 'Enter your email address' }];
    setErrors(problems);
    if (problems.length) return;
    try {
      await request({ variables: { input: { email: address } } });
      setSentTo(address);
    } catch (error) {
      setErrors(formErrors(error, { email: 'email' }));
    }
  }

  const backToLogIn = (
    <p className="nhsuk-body">
      <Link className="nhsuk-link" to="/log-in">
        Back to log in
      </Link>
    </p>
  );

  if (sentTo) {
    return (
      <NarrowColumn>
        <PageHeading title="Check your email">Check your email</PageHeading>
        <p className="nhsuk-body">If there is a Quorum account for {sentTo}, we have sent it a link to choose a new password. The link works once, for 30 minutes.</p>
        <p className="nhsuk-body">If nothing arrives in a few minutes, check your junk folder, or ask for another link.</p>
        {backToLogIn}
      </NarrowColumn>
    );
  }

  return (
    <FormPage title="Reset your password" errors={errors}>
      {mailEnabled === false ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>This Quorum does not send email, so it cannot send you a reset link. Ask whoever runs Quorum for your trust to help.</p>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <EmailInput {...bound('email', email, setEmail, errors)} hint="The address you log in with. We will email it a link to choose a new password." />
          <button className="nhsuk-button" type="submit">
            Send me a reset link
          </button>
        </form>
      )}
      {backToLogIn}
    </FormPage>
  );
}
