import { graphql } from '../gql';

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
