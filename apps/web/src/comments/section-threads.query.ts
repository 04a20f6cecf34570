import { graphql } from '../gql';

// Every thread of one section, up to the API's page limit, when someone asks to see more than
// the newest 20 that EntryComments brings (a list nested in `sections` may not ask for 100).
// @unmask: useSectionComments hands these threads on as the same plain data as EntryComments'.
export const SectionThreadsQuery = graphql(`
  query SectionThreads($id: ID!, $openFirst: Int!, $resolvedFirst: Int!) {
    section(id: $id) {
      id
      openThreads: comments(state: OPEN, first: $openFirst) {
        totalCount
        nodes {
          ...CommentThread @unmask
        }
      }
      resolvedThreads: comments(state: RESOLVED, first: $resolvedFirst) {
        totalCount
        nodes {
          ...CommentThread @unmask
        }
      }
    }
  }
`);
