import { graphql } from '../gql';

// The feature's queries, mutations and subscriptions, one document each (fragments stay beside the components that read them).

/** What the lead's workflow controls need: the state, and slot labels to name what a refused submission lacks. */
export const EntryWorkflowQuery = graphql(`
  query EntryWorkflow($id: ID!) {
    entry(id: $id) {
      id
      state
      abilities {
        canMoveWorkflow
      }
      sections {
        id
        title
        signOffSlots {
          key
          label
          roles
        }
      }
    }
  }
`);

export const ReopenEntryMutation = graphql(`
  mutation ReopenEntry($input: ReopenEntryInput!) {
    reopenEntry(input: $input) {
      entry {
        id
        state
      }
    }
  }
`);

export const RequestReviewMutation = graphql(`
  mutation RequestReview($input: RequestReviewInput!) {
    requestReview(input: $input) {
      entry {
        id
        state
      }
    }
  }
`);

export const SignOffSectionMutation = graphql(`
  mutation SignOffSection($input: SignOffSectionInput!) {
    signOffSection(input: $input) {
      signOff {
        id
        meaning
      }
      entry {
        id
        state
      }
    }
  }
`);

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
        evidenceDigest
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

export const SubmitEntryMutation = graphql(`
  mutation SubmitEntry($input: SubmitEntryInput!) {
    submitEntry(input: $input) {
      entry {
        id
        state
      }
    }
  }
`);
