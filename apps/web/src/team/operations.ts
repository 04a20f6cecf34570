import { graphql } from '../gql';

// The feature's queries, mutations and subscriptions, one document each (fragments stay beside the components that read them).

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      membership {
        id
        role
      }
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      inviteUrl
      invitation {
        id
        email
        role
        expiresAt
      }
    }
  }
`);

// Lead only: the server answers FORBIDDEN to anyone else, so it is asked only when the viewer can manage the team.
export const PendingInvitationsQuery = graphql(`
  query PendingInvitations($id: ID!) {
    entry(id: $id) {
      id
      pendingInvitations {
        id
        email
        role
        expiresAt
      }
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      removedMembershipId
      entry {
        id
        members {
          id
        }
      }
    }
  }
`);

export const EntryTeamQuery = graphql(`
  query EntryTeam($id: ID!) {
    me {
      id
    }
    entry(id: $id) {
      id
      title
      ...EntryHeader
      abilities {
        canManageTeam
      }
      members {
        id
        ...MemberRow
      }
    }
  }
`);

export const WithdrawInvitationMutation = graphql(`
  mutation WithdrawInvitation($input: InvitationIdInput!) {
    withdrawInvitation(input: $input) {
      invitation {
        id
      }
    }
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($input: InvitationIdInput!) {
    resendInvitation(input: $input) {
      inviteUrl
      emailed
      invitation {
        id
        email
        expiresAt
      }
    }
  }
`);
