import { graphql } from '../gql';

/**
 * What stands between the entry and submission, for the lead's workflow controls: each item names
 * its place (a section, a criterion's section, a metric) so that the list can link to it.
 */
export const SubmitReadinessQuery = graphql(`
  query SubmitReadiness($id: ID!) {
    entry(id: $id) {
      id
      state
      sections {
        id
        criteria {
          id
        }
      }
      readiness {
        ready
        checksNotRun
        missingSignOffs {
          slotKey
          label
          section {
            id
            title
          }
        }
        sectionsOverWordLimit {
          wordCount
          wordLimit
          section {
            id
            title
          }
        }
        figuresOutOfStep {
          section {
            id
            title
          }
          figure {
            status
            text
            group
            metric {
              id
              name
            }
          }
        }
        uncoveredCriteria {
          id
          text
        }
        missingQuantitativeEvidence {
          message
          metric {
            id
            name
          }
        }
      }
    }
  }
`);
