import { graphql } from '../gql';

export const ImportMetricValuesMutation = graphql(`
  mutation ImportMetricValues($input: ImportMetricValuesInput!) {
    importMetricValues(input: $input) {
      written
      metric {
        id
      }
    }
  }
`);
