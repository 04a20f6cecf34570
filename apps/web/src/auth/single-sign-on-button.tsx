import { singleSignOnHref } from './use-login-options';

interface SingleSignOnButtonProps {
  /** The button's words, from the server (QUORUM_OIDC_BUTTON_LABEL), e.g. "Sign in with NHSmail". */
  label: string;
  startPath: string;
  /** Where to come back to (a path on this site). */
  next: string;
  invitation?: string;
  secondary?: boolean;
}

/**
 * A link styled as a button: single sign-on leaves the app for the identity provider and comes
 * back through the server (/auth/sso/callback), so it is a plain navigation, not a request.
 */
export function SingleSignOnButton({ label, startPath, next, invitation, secondary = false }: SingleSignOnButtonProps) {
  return (
    <a className={`nhsuk-button${secondary ? ' nhsuk-button--secondary' : ''}`} href={singleSignOnHref(startPath, next, invitation)}>
      {label}
    </a>
  );
}
