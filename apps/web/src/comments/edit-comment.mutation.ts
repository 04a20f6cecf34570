import { graphql } from '../gql';

export const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      comment {
        ...CommentParts
      }
    }
  }
`);
