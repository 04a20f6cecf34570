import { graphql } from '../gql';

export const EstimateFieldsFragment = graphql(`
  fragment EstimateFields on Estimate {
    available
    estimate
    lower
    upper
    reason
  }
`);

export const FiguresFieldsFragment = graphql(`
  fragment FiguresFields on GroupFigures {
    period
    numerator
    denominator
    mean
    sd
    n
    suppressed
    value {
      ...EstimateFields
    }
  }
`);

export const GapFieldsFragment = graphql(`
  fragment GapFields on GapEstimate {
    position
    difference {
      ...EstimateFields
    }
    ratio {
      ...EstimateFields
    }
  }
`);

