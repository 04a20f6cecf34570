import { graphql } from '../gql';

// Every field a testimonial card shows. @unmask where spread: the evidence query reads it as
// part of the entry, and correcting a testimonial answers with it, so that the card shows the
// change (and a consent reset) at once.
export const TestimonialFieldsFragment = graphql(`
  fragment TestimonialFields on Testimonial {
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
    createdAt
  }
`);
