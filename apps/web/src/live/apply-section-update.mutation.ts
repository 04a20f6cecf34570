import { graphql } from '../gql';

export const ApplySectionUpdateMutation = graphql(`
  mutation ApplySectionUpdate($input: ApplySectionUpdateInput!) {
    applySectionUpdate(input: $input) {
      version
    }
  }
`);
