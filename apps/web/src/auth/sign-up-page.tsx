import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { formErrors } from '../forms/api-errors';
import type { FormError } from '../forms/error-summary';
import { FormPage } from '../forms/form-page';
import { bound, EmailInput, NewPasswordInput, passwordTooShort, TextInput } from '../forms/fields';
import { PageHeading } from '../layout/page-heading';
import { nextPath, withNext } from './next-path';
import { SingleSignOnButton } from './single-sign-on-button';
import { useLoginOptions } from './use-login-options';
import { useMe, useSignUp } from './use-session';
import { NarrowColumn } from '../layout/narrow-column';

function check(name: string, email: string, password: string): FormError[] {
  const errors: FormError[] = [];
  if (!name.trim()) errors.push({ field: 'name', message: 'Enter your name' });
  if (!email.trim()) errors.push({ field: 'email', message: 'Enter your email address' });
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
    errors.push({ field: 'email', message: 'Enter an email address in the right format, like name@nhs.net' });
  }
  errors.push(...passwordTooShort('password', password));
  return errors;
}

export function SignUpPage() {
  const { me } = useMe();
  const { signUp, loading } = useSignUp();
  const { passwordLogin, singleSignOn } = useLoginOptions();
  const { search } = useLocation();
  const [name, setName] = useState('');
  // An invitation link passes the invited address along, so that it matches.
  const [email, setEmail] = useState(() => new URLSearchParams(search).get('email') ?? '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const next = nextPath(search);

  if (me) return <Navigate to={next} replace />;
  // With password log-in turned off, an account is made by the first single sign-on.
  if (!passwordLogin && singleSignOn) {
    return (
      <NarrowColumn>
        <PageHeading title="Create an account">Create an account</PageHeading>
        <p className="nhsuk-body">You do not need to create an account here: it is made the first time you sign in with your work account.</p>
        <SingleSignOnButton label={singleSignOn.label} startPath={singleSignOn.startPath} next={next} />
      </NarrowColumn>
    );
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    const problems = check(name, email, password);
    setErrors(problems);
    if (problems.length) return;
    try {
      await signUp({ name: name.trim(), email: email.trim(), password });
    } catch (error) {
      setErrors(formErrors(error, { name: 'name', email: 'email', password: 'password' }));
    }
  }

  return (
    <FormPage title="Create an account" errors={errors}>
      <form onSubmit={onSubmit} noValidate>
        <TextInput {...bound('name', name, setName, errors)} label="Your name" hint="As your team will see it, for example Amara Okafor" autoComplete="name" />
        <EmailInput {...bound('email', email, setEmail, errors)} hint="Use your work address. Invitations are sent to it." />
        <NewPasswordInput
          {...bound('password', password, setPassword, errors)}
          label="Create a password"
          advice="Three or more random words are easy to remember and hard to guess; common passwords are refused."
        />
        <button className="nhsuk-button" type="submit">
          Create account
        </button>
      </form>
      <p className="nhsuk-body">
        Already have an account?{' '}
        <Link className="nhsuk-link" to={withNext('/log-in', next)}>
          Log in
        </Link>
      </p>
    </FormPage>
  );
}
