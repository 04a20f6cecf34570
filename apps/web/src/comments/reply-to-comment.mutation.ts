import { graphql } from '../gql';

export const ReplyToCommentMutation = graphql(`
  mutation ReplyToComment($input: ReplyToCommentInput!) {
    replyToComment(input: $input) {
      comment {
        ...CommentParts
      }
    }
  }
`);
