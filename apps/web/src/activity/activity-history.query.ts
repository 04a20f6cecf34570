import { graphql } from '../gql';

/** A page of the entry's history, newest first: every member may read it. */
export const ActivityHistoryQuery = graphql(`
  query ActivityHistory($id: ID!, $first: Int!, $after: String) {
    entry(id: $id) {
      id
      activity(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          kind
          at
          summary
          section {
            id
            title
          }
        }
      }
    }
  }
`);
