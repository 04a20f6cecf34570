import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useApiContext } from '../apollo/api-context';
import type { LogInInput, SignUpInput } from '../gql/graphql';
import { LogInMutation, LogOutMutation, MeQuery, SignUpMutation } from './operations';

/** The signed-in person, or null. */
export function useMe() {
  const { data, loading, error } = useQuery(MeQuery);
  return { me: data?.me ?? null, loading: loading && !data, error };
}

/**
 * After the session changes, cached data belongs to the previous person: refetch what is on
 * screen, and reopen the WebSocket so that it carries the new cookie.
 */
function useSessionChanged() {
  const client = useApolloClient();
  const { reconnect } = useApiContext();
  return useCallback(async () => {
    reconnect();
    await client.resetStore();
  }, [client, reconnect]);
}

export function useLogIn() {
  const [mutate, { loading }] = useMutation(LogInMutation);
  const changed = useSessionChanged();
  const logIn = useCallback(
    async (input: LogInInput) => {
      await mutate({ variables: { input } });
      await changed();
    },
    [mutate, changed],
  );
  return { logIn, loading };
}

export function useSignUp() {
  const [mutate, { loading }] = useMutation(SignUpMutation);
  const changed = useSessionChanged();
  const signUp = useCallback(
    async (input: SignUpInput) => {
      await mutate({ variables: { input } });
      await changed();
    },
    [mutate, changed],
  );
  return { signUp, loading };
}

export function useLogOut() {
  const [mutate, { loading }] = useMutation(LogOutMutation);
  const client = useApolloClient();
  const { reconnect } = useApiContext();
  const logOut = useCallback(async () => {
    await mutate({ variables: { input: { everywhere: false } } });
    reconnect();
    // Nothing of the previous session may stay on screen or in memory.
    await client.clearStore();
    client.writeQuery({ query: MeQuery, data: { me: null } });
  }, [mutate, client, reconnect]);
  return { logOut, loading };
}
