import { graphql } from '../gql';

// There is no query for one section, so this asks for the entry's sections (their statuses
// cost a fixed number of statements together); the panel shows the one it is about.
// Uses the fragment in sign-off.fragment.ts.
// @unmask: useSignOffStatus' section is read whole, and announcements compare sign-offs before and after a refetch.
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
              ...SignOffFields @unmask
            }
          }
          openChangeRequests {
            ...SignOffFields @unmask
          }
          staleSignOffs {
            ...SignOffFields @unmask
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
