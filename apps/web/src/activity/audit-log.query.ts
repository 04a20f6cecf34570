import { graphql } from '../gql';

/** A page of the entry's audit log, newest first (lead and managers only). */
export const ActivityLogQuery = graphql(`
  query ActivityLog($id: ID!, $first: Int!, $after: String) {
    entry(id: $id) {
      id
      auditLog(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          seq
          createdAt
          summary
        }
      }
    }
  }
`);
