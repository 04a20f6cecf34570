import { graphql } from '../gql';

// Threads of every section at once: there is no query for one section, and the server loads
// the first page of each section's threads in one batch. The page is the default 20 (newest
// first): the API's cost limit multiplies a nested list's cost by an explicit `first`. Members give each author's role;
// abilities say who may comment, and who may resolve others' threads (those who edit).
// @unmask: useSectionComments reads whole threads (anchors for announcements, counts, the panel's lists).
export const EntryCommentsQuery = graphql(`
  query EntryComments($id: ID!) {
    entry(id: $id) {
      id
      abilities {
        canComment
        canEdit
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
        openThreads: comments(state: OPEN) {
          totalCount
          nodes {
            ...CommentThread @unmask
          }
        }
        resolvedThreads: comments(state: RESOLVED) {
          totalCount
          nodes {
            ...CommentThread @unmask
          }
        }
      }
    }
  }
`);
