import { graphql } from '../gql';

export const RecordConsentMutation = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      testimonial {
        id
        consentStatus
        consentDate
        consentNote
        exportable
      }
    }
  }
`);
