import { graphql } from '../gql';

// Uses the fragments in estimate.fragment.ts, spc.fragment.ts and testimonial.fragment.ts.
// @unmask: the figures are values without ids, read by the charts' and tables' plain functions, not by components of their own.
/** Everything the evidence pages show: metrics with their analysis, testimonials and readiness. */
export const EntryEvidenceQuery = graphql(`
  query EntryEvidence($id: ID!) {
    entry(id: $id) {
      id
      ...EntryHeader
      abilities {
        canEditEvidence
        canEditValues
        canAddTestimonials
      }
      metrics {
        id
        name
        definition
        kind
        direction
        dataSource
        population
        ratePer
        unit
        referenceCode
        suppressionThreshold
        roundToFive
        confidenceLevel
        periods
        values {
          period
          ethnicCode
          ethnicCategory
          ageBand
          numerator
          denominator
          mean
          sd
          n
          suppressed
        }
        baselinePeriod
        followUpPeriod
        target
        recalculationPeriods
        analysis {
          hasData
          message
          confidenceLevel
          periodOrder
          methods {
            name
            usedFor
            reference
          }
          notes
          referenceGroup
          baselinePeriod
          followUpPeriod
          suppressionApplied
          suppressionThreshold
          sentences
          groups {
            group
            code
            isReference
            suppressed
            baseline {
              ...FiguresFields @unmask
            }
            followUp {
              ...FiguresFields @unmask
            }
            change {
              ...EstimateFields @unmask
            }
            changeVerdict
            gapBefore {
              ...GapFields @unmask
            }
            gapAfter {
              ...GapFields @unmask
            }
            gapChange {
              ...EstimateFields @unmask
            }
            gapVerdict
            narrowedBeyondChance
          }
          spc {
            ...SpcChartFields @unmask
          }
          dataQuality {
            ...DataQualityFields @unmask
          }
          ageStandardised
          standardisedRates {
            group
            code
            isReference
            period
            events
            population
            ageBands
            suppressed
            value {
              ...EstimateFields @unmask
            }
            crude {
              ...EstimateFields @unmask
            }
          }
          timeSeries {
            period
            groups {
              group
              code
              isReference
              figures {
                ...FiguresFields @unmask
              }
              gapToReference {
                ...EstimateFields @unmask
              }
            }
          }
        }
      }
      testimonials {
        ...TestimonialFields @unmask
      }
      readiness {
        ready
        checksNotRun
        uncoveredCriteria {
          id
          text
        }
        sectionsOverWordLimit {
          wordCount
          wordLimit
          section {
            id
            title
          }
        }
        figuresOutOfStep {
          section {
            id
            title
          }
          figure {
            status
            group
            metric {
              id
              name
            }
          }
        }
        missingSignOffs {
          slotKey
          label
          section {
            id
            title
          }
        }
        missingQuantitativeEvidence {
          message
          metric {
            id
            name
          }
        }
        dataQualityWarnings {
          message
          metric {
            id
            name
          }
        }
      }
    }
    ethnicCategories {
      code
      label
      onsGroup
    }
  }
`);
