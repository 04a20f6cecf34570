import { graphql } from '../gql';

// Every field the testimonial cards show comes back, so that the card shows the change (and a
// consent reset) at once.
export const UpdateTestimonialMutation = graphql(`
  mutation UpdateTestimonial($input: UpdateTestimonialInput!) {
    updateTestimonial(input: $input) {
      consentReset
      testimonial {
        id
        quote
        source
        anonymised
        attribution
        citedAs
        consentStatus
        consentDate
        consentNote
        consentRecordedAt
        consentRecordedBy {
          id
          name
        }
        exportable
      }
    }
  }
`);
