import { graphql } from '../gql';

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($input: DeleteCommentInput!) {
    deleteComment(input: $input) {
      comment {
        ...CommentParts
      }
    }
  }
`);
