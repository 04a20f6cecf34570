import { useQuery } from '@apollo/client/react';
import { LoginOptionsQuery } from './operations';

/**
 * How people log in here. Until the answer comes (or if it fails) the password form shows, as
 * it always did: the server refuses it with PASSWORD_LOGIN_DISABLED where it is turned off.
 */
export function useLoginOptions() {
  const { data, loading } = useQuery(LoginOptionsQuery, { fetchPolicy: 'cache-first' });
  const options = data?.loginOptions;
  return { passwordLogin: options?.passwordLogin ?? true, singleSignOn: options?.singleSignOn ?? null, loading: loading && !data };
}

/** The address that starts single sign-on and comes back at `next` (a path on this site), accepting `invitation` on the way when given. */
export function singleSignOnHref(startPath: string, next: string, invitation?: string): string {
  const query = new URLSearchParams({ next });
  if (invitation) query.set('invitation', invitation);
  return `${startPath}?${query}`;
}
