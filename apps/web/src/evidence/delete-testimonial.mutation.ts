import { graphql } from '../gql';

// The entry's remaining testimonials come back, so that the cached list drops the deleted one at once.
export const DeleteTestimonialMutation = graphql(`
  mutation DeleteTestimonial($input: DeleteTestimonialInput!) {
    deleteTestimonial(input: $input) {
      deletedTestimonialId
      entry {
        id
        testimonials {
          id
        }
      }
    }
  }
`);
