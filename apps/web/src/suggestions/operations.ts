import { graphql } from '../gql';

// The feature's queries and mutations, one document each. Suggestions live in the section's
// Yjs document; these read who made each one and act on them on the server.

// The section's current approvals: whose sign-off direct typing would void (signed-notice.tsx).
export const SectionApprovalsQuery = graphql(`
  query SectionApprovals($id: ID!) {
    section(id: $id) {
      id
      signOffStatus {
        slots {
          key
          label
          heldBy {
            id
            meaning
            current
            role
            signer {
              id
              name
            }
          }
        }
      }
    }
  }
`);
