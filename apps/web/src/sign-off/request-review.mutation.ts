import { graphql } from '../gql';

export const RequestReviewMutation = graphql(`
  mutation RequestReview($input: RequestReviewInput!) {
    requestReview(input: $input) {
      entry {
        id
        state
      }
    }
  }
`);
