import { graphql } from '../gql';

export const RestoreSectionRevisionMutation = graphql(`
  mutation RestoreSectionRevision($input: RestoreSectionRevisionInput!) {
    restoreSectionRevision(input: $input) {
      section {
        id
        version
      }
    }
  }
`);
