import { graphql } from '../gql';

// The feature's queries, mutations and subscriptions, one document each (fragments stay beside the components that read them).

export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        ...CommentThread
      }
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($input: DeleteCommentInput!) {
    deleteComment(input: $input) {
      comment {
        ...CommentParts
      }
    }
  }
`);

export const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      comment {
        ...CommentParts
      }
    }
  }
`);

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

export const ReopenCommentMutation = graphql(`
  mutation ReopenComment($input: ReopenCommentInput!) {
    reopenComment(input: $input) {
      comment {
        id
        resolved
        resolvedAt
        resolvedBy {
          id
          name
        }
      }
    }
  }
`);

export const ReplyToCommentMutation = graphql(`
  mutation ReplyToComment($input: ReplyToCommentInput!) {
    replyToComment(input: $input) {
      comment {
        ...CommentParts
      }
    }
  }
`);

export const ResolveCommentMutation = graphql(`
  mutation ResolveComment($input: ResolveCommentInput!) {
    resolveComment(input: $input) {
      comment {
        id
        resolved
        resolvedAt
        resolvedBy {
          id
          name
        }
      }
    }
  }
`);

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
