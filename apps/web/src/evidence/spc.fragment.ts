import { graphql } from '../gql';

// Spread with @unmask in the evidence query: a chart is a value without an id, read by the SPC component's plain functions.
export const SpcChartFieldsFragment = graphql(`
  fragment SpcChartFields on SpcChart {
    group
    isOverall
    available
    reason
    type
    variation
    assurance
    target
    provisional
    signals
    median
    runSignals
    sentence
    description
    points {
      period
      value
      mean
      upperLimit
      lowerLimit
      recalculated
      beyondLimits
      shift
      trend
      twoOfThree
      variation
    }
  }
`);

export const DataQualityFieldsFragment = graphql(`
  fragment DataQualityFields on DataQuality {
    notStated {
      period
      share
      notStated
      total
      high
      moved
      suppressed
    }
    flags {
      kind
      period
      group
      message
    }
  }
`);
