import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { formErrors } from '../forms/api-errors';
import type { FormError } from '../forms/error-summary';
import { FormPage } from '../forms/form-page';
import { bound, NewPasswordInput, passwordTooShort } from '../forms/fields';
import { PageHeading } from '../layout/page-heading';
import { ResetPasswordMutation } from './operations';
import { NarrowColumn } from '../layout/narrow-column';

/** The page a reset email links to: a new password, once; every session of the account ends. */
export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const [reset, { loading }] = useMutation(ResetPasswordMutation);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    const problems = passwordTooShort('new-password', password);
    setErrors(problems);
    if (problems.length) return;
    try {
      await reset({ variables: { input: { token, newPassword: password } } });
      setDone(true);
    } catch (error) {
      // A used or expired link has no field on this page: it goes to the summary, with a way to ask again below.
      setErrors(formErrors(error, { newPassword: 'new-password' }));
    }
  }

  if (done) {
    return (
      <NarrowColumn>
        <PageHeading title="Your password has been changed">Your password has been changed</PageHeading>
        <p className="nhsuk-body">You have been logged out everywhere you were logged in. Log in with your new password.</p>
        <Link className="nhsuk-button" to="/log-in">
          Log in
        </Link>
      </NarrowColumn>
    );
  }

  return (
    <FormPage title="Choose a new password" errors={errors}>
      <form onSubmit={onSubmit} noValidate>
        <NewPasswordInput {...bound('new-password', password, setPassword, errors)} label="New password" advice="Three or more random words make a good one." />
        <button className="nhsuk-button" type="submit">
          Change password
        </button>
      </form>
      <p className="nhsuk-body">
        Link not working?{' '}
        <Link className="nhsuk-link" to="/forgot-password">
          Ask for a new one
        </Link>
      </p>
    </FormPage>
  );
}
