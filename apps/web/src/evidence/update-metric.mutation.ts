import { graphql } from '../gql';

export const UpdateMetricMutation = graphql(`
  mutation UpdateMetric($input: UpdateMetricInput!) {
    updateMetric(input: $input) {
      metric {
        id
        name
      }
    }
  }
`);
