import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { AcceptInvitationMutation, InvitationPreviewQuery } from './operations';

/** What an invitation link offers, and accepting it. */
export function useInvitation(token: string) {
  const { data, loading, error } = useQuery(InvitationPreviewQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const [mutate, { loading: accepting }] = useMutation(AcceptInvitationMutation);
  const accept = useCallback(async () => (await mutate({ variables: { input: { token } } })).data!.acceptInvitation.entry, [mutate, token]);
  return { invitation: data?.invitation, loading: loading && !data, error, accept, accepting };
}
