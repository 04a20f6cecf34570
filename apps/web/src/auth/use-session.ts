import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useApiContext } from '../apollo/api-context';
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

/** A mutation that starts a session (logging in, signing up), followed by the session's change. */
function useSessionStart<TData, TInput>(mutation: TypedDocumentNode<TData, { input: TInput }>) {
  const [mutate, { loading }] = useMutation(mutation);
  const changed = useSessionChanged();
  const start = useCallback(
    async (input: TInput) => {
      await mutate({ variables: { input } });
      await changed();
    },
    [mutate, changed],
  );
  return { start, loading };
}

export function useLogIn() {
  const { start: logIn, loading } = useSessionStart(LogInMutation);
  return { logIn, loading };
}

export function useSignUp() {
  const { start: signUp, loading } = useSessionStart(SignUpMutation);
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
