import { graphql } from '../gql';

// The entry's remaining metrics come back, so that the cached list drops the deleted one at once.
export const DeleteMetricMutation = graphql(`
  mutation DeleteMetric($input: DeleteMetricInput!) {
    deleteMetric(input: $input) {
      deletedMetricId
      entry {
        id
        metrics {
          id
        }
      }
    }
  }
`);
