import { graphql } from '../gql';

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
