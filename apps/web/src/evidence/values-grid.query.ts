import { graphql } from '../gql';

// The values themselves come with the evidence page's query (evidence.query.ts), refetched after every change.
export const SetMetricValuesMutation = graphql(`
  mutation SetMetricValues($input: SetMetricValuesInput!) {
    setMetricValues(input: $input) {
      written
      metric {
        id
      }
    }
  }
`);
