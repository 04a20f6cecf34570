import { graphql } from '../gql';

export const CreateMetricMutation = graphql(`
  mutation CreateMetric($input: CreateMetricInput!) {
    createMetric(input: $input) {
      metric {
        id
        name
      }
    }
  }
`);
