import { graphql } from '../gql';

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      entry {
        id
        title
      }
      membership {
        id
        role
      }
    }
  }
`);
