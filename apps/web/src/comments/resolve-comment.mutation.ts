import { graphql } from '../gql';

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
