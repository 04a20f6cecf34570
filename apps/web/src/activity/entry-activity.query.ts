import { graphql } from '../gql';

/** The entry for the activity page: its header, and the names and titles that events refer to by id. */
export const EntryActivityQuery = graphql(`
  query EntryActivity($id: ID!) {
    entry(id: $id) {
      id
      ...EntryHeader
      abilities {
        canReadAuditLog
      }
      members {
        id
        role
        user {
          id
          name
        }
      }
      sections {
        id
        title
      }
    }
  }
`);
