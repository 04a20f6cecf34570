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

// @unmask (below): an estimate inside figures and gaps is read as part of them.
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
      ...EstimateFields @unmask
    }
  }
`);

export const GapFieldsFragment = graphql(`
  fragment GapFields on GapEstimate {
    position
    difference {
      ...EstimateFields @unmask
    }
    ratio {
      ...EstimateFields @unmask
    }
  }
`);
