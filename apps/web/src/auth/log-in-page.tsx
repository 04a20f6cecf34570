import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { formErrors, hasCode } from '../forms/api-errors';
import type { FormError } from '../forms/error-summary';
import { FormPage } from '../forms/form-page';
import { bound, EmailInput, PasswordInput } from '../forms/fields';
import { nextPath, withNext } from './next-path';
import { SingleSignOnButton } from './single-sign-on-button';
import { useLoginOptions } from './use-login-options';
import { useLogIn, useMe } from './use-session';

function check(email: string, password: string): FormError[] {
  const errors: FormError[] = [];
  if (!email.trim()) errors.push({ field: 'email', message: 'Enter your email address' });
  if (!password) errors.push({ field: 'password', message: 'Enter your password' });
  return errors;
}

export function LogInPage() {
  const { me } = useMe();
  const { logIn, loading } = useLogIn();
  const { passwordLogin, singleSignOn, loading: optionsLoading } = useLoginOptions();
  const { search } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const next = nextPath(search);

  // Once logged in (now, or already), carry on to where the person was going.
  if (me) return <Navigate to={next} replace />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    const problems = check(email, password);
    setErrors(problems);
    if (problems.length) return;
    try {
      await logIn({ email: email.trim(), password });
    } catch (error) {
      // A wrong email or password is refused without saying which: the password is what to try again.
      const refused = hasCode(error, 'UNAUTHENTICATED');
      setErrors(formErrors(error, { email: 'email', password: 'password' }).map((e) => (refused && !e.field ? { ...e, field: 'password' } : e)));
    }
  }

  return (
    <FormPage title="Log in" errors={errors}>
      {/* Nothing until the options come: where only single sign-on is on, the password form would flash. */}
      {optionsLoading && <p className="nhsuk-body">Loading…</p>}
      {singleSignOn && (
        <>
          <SingleSignOnButton label={singleSignOn.label} startPath={singleSignOn.startPath} next={next} />
          {passwordLogin && <h2 className="nhsuk-heading-s">Or log in with your email address and password</h2>}
        </>
      )}
      {passwordLogin && !optionsLoading && (
        <>
          <form onSubmit={onSubmit} noValidate>
            <EmailInput {...bound('email', email, setEmail, errors)} />
            <PasswordInput {...bound('password', password, setPassword, errors)} label="Password" autoComplete="current-password" />
            <button className={`nhsuk-button${singleSignOn ? ' nhsuk-button--secondary' : ''}`} type="submit">
              Log in
            </button>
          </form>
          <p className="nhsuk-body">
            <Link className="nhsuk-link" to="/forgot-password">
              Forgot your password?
            </Link>
          </p>
          <p className="nhsuk-body">
            New to Quorum?{' '}
            <Link className="nhsuk-link" to={withNext('/sign-up', next)}>
              Create an account
            </Link>
          </p>
        </>
      )}
    </FormPage>
  );
}
