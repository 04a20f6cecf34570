import { graphql } from '../gql';

export const EntryTeamQuery = graphql(`
  query EntryTeam($id: ID!) {
    me {
      id
    }
    entry(id: $id) {
      id
      title
      state
      viewerRole
      template {
        id
        name
      }
      abilities {
        canManageTeam
      }
      members {
        id
        role
        user {
          id
          name
          email
        }
      }
    }
  }
`);
