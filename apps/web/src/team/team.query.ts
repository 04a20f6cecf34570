import { graphql } from '../gql';

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
