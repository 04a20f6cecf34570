import { graphql } from '../gql';

export const UpdateTestimonialMutation = graphql(`
  mutation UpdateTestimonial($input: UpdateTestimonialInput!) {
    updateTestimonial(input: $input) {
      consentReset
      testimonial {
        ...TestimonialFields @unmask
      }
    }
  }
`);
