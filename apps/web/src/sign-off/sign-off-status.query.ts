import { graphql } from '../gql';

// There is no query for one section, so this asks for the entry's sections (their statuses
// cost a fixed number of statements together); the panel shows the one it is about.
// Uses the fragment in sign-off.fragment.ts.
export const SignOffStatusQuery = graphql(`
  query SignOffStatus($entryId: ID!) {
    entry(id: $entryId) {
      id
      state
      viewerRole
      abilities {
        canSignOff
      }
      sections {
        id
        title
        contentHash
        signOffStatus {
          approved
          slots {
            key
            label
            roles
            held
            heldBy {
              ...SignOffFields
            }
          }
          openChangeRequests {
            ...SignOffFields
          }
          staleSignOffs {
            ...SignOffFields
            diffSinceSigned {
              op
              text
            }
          }
        }
      }
    }
  }
`);
