import { graphql } from '../gql';

export const EntryWorkspaceQuery = graphql(`
  query EntryWorkspace($id: ID!) {
    entry(id: $id) {
      id
      viewerRole
      ...EntryHeader
      abilities {
        canManageTeam
        canEdit
      }
      sections {
        id
        position
        title
        guidance
        wordLimit
        criteria {
          id
          position
          text
        }
      }
    }
  }
`);
