import { graphql } from '../gql';

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
