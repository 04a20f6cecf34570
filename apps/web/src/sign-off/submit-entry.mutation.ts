import { graphql } from '../gql';

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
