import { graphql } from '../gql';

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
