import { graphql } from '../gql';

export const AddTestimonialMutation = graphql(`
  mutation AddTestimonial($input: AddTestimonialInput!) {
    addTestimonial(input: $input) {
      testimonial {
        id
      }
    }
  }
`);
