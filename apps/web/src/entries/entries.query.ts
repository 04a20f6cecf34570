import { graphql } from '../gql';

export const MyEntriesQuery = graphql(`
  query MyEntries($first: Int!, $after: String) {
    entries(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        state
        viewerRole
        sections {
          id
          title
          wordLimit
          wordCount
          signOffStatus {
            slots {
              key
              held
            }
          }
          comments(state: OPEN, first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);
