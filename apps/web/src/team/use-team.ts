import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { Role } from '../gql/graphql';
import { ChangeMemberRoleMutation, EntryTeamQuery, InviteMemberMutation, PendingInvitationsQuery, RemoveMemberMutation } from './operations';

export function useTeam(entryId: string) {
  const { data, loading, error } = useQuery(EntryTeamQuery, { variables: { id: entryId }, fetchPolicy: 'cache-and-network' });
  const canManage = !!data?.entry.abilities.canManageTeam;
  const pending = useQuery(PendingInvitationsQuery, { variables: { id: entryId }, skip: !canManage, fetchPolicy: 'cache-and-network' });
  return {
    entry: data?.entry,
    viewerId: data?.me?.id,
    invitations: canManage ? (pending.data?.entry.pendingInvitations ?? []) : [],
    loading: loading && !data,
    error,
  };
}

export function useInviteMember(entryId: string) {
  const [mutate, { loading }] = useMutation(InviteMemberMutation, { refetchQueries: ['PendingInvitations'] });
  const invite = useCallback(async (email: string, role: Role) => (await mutate({ variables: { input: { entryId, email, role } } })).data!.inviteMember, [mutate, entryId]);
  return { invite, loading };
}

/** Changing a role can change the viewer's own abilities (a lead handing over), so the team is read again. */
export function useChangeMemberRole() {
  const [mutate, { loading }] = useMutation(ChangeMemberRoleMutation, { refetchQueries: ['EntryTeam'], awaitRefetchQueries: true });
  const changeRole = useCallback(async (membershipId: string, role: Role) => mutate({ variables: { input: { membershipId, role } } }), [mutate]);
  return { changeRole, loading };
}

export function useRemoveMember() {
  const [mutate, { loading }] = useMutation(RemoveMemberMutation);
  const remove = useCallback(async (membershipId: string) => mutate({ variables: { input: { membershipId } } }), [mutate]);
  return { remove, loading };
}
