import { graphql } from '../gql';

/** What a comment's byline shows (Byline in comment-thread.tsx): who wrote it, when, and whether it was edited. */
export const CommentBylineFragment = graphql(`
  fragment CommentByline on Comment {
    createdAt
    editedAt
    deleted
    author {
      id
      name
    }
  }
`);
