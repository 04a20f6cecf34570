import { graphql } from '../gql';

// Waiting for me and the side list's counts: one document each.

export const WaitingForMeQuery = graphql(`
  query WaitingForMe($entryId: ID) {
    me {
      id
      waitingForMe(first: 50, entryId: $entryId) {
        totalCount
        nodes {
          id
          kind
          message
          path
          createdAt
          entry {
            id
            title
          }
        }
      }
    }
  }
`);

export const SectionProgressQuery = graphql(`
  query SectionProgress($entryId: ID!) {
    entry(id: $entryId) {
      id
      sections {
        id
        wordCount
        wordLimit
        openThreadCount
        pendingSuggestionCount
        signOffStatus {
          slots {
            key
            held
          }
        }
      }
    }
  }
`);
