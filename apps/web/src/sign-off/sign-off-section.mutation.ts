import { graphql } from '../gql';

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
