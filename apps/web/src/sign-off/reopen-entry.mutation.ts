import { graphql } from '../gql';

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
