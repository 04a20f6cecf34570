import { graphql } from '../gql';

export const CreateEntryMutation = graphql(`
  mutation CreateEntry($input: CreateEntryInput!) {
    createEntry(input: $input) {
      entry {
        id
        title
      }
    }
  }
`);
