import { graphql } from '../gql';

export const EntryPresenceQuery = graphql(`
  query EntryPresence($entryId: ID!) {
    entry(id: $entryId) {
      id
      presence {
        clientId
        userId
        userName
        sectionId
        awareness
        left
      }
    }
  }
`);
