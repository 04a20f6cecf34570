import { graphql } from '../gql';

// There is no query for one section, so this asks for the entry's sections (their statuses
// cost a fixed number of statements together); the panel shows the one it is about.
// SignOffFields (sign-off.fragment.ts) is what the panel reads itself (@unmask: announcements compare sign-offs before and
// after a refetch); SignOffByline is what each sign-off shows, masked, read by sign-off-byline.tsx.
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
              ...SignOffByline
            }
          }
          openChangeRequests {
            ...SignOffFields @unmask
            ...SignOffByline
          }
          staleSignOffs {
            id
            ...SignOffByline
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
