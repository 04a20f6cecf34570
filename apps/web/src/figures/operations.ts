import { graphql } from '../gql';

// Figures from the evidence in a section's text (server: figures/). The marks are in the
// section's Yjs document; these read whether each still says what the evidence says, and act on them.

// The sentences a figure can be inserted from: each metric's groups, their change and gap sentences.
export const FigureSentencesQuery = graphql(`
  query FigureSentences($entryId: ID!) {
    entry(id: $entryId) {
      id
      metrics {
        id
        name
        analysis {
          groups {
            group
            changeSentence
            gapSentence
          }
        }
      }
    }
  }
`);

export const SectionFiguresQuery = graphql(`
  query SectionFigures($id: ID!) {
    section(id: $id) {
      id
      figures {
        metricId
        metric {
          id
          name
        }
        level
        group
        kind
        text
        currentWording
        status
      }
    }
  }
`);

export const UpdateFigureMutation = graphql(`
  mutation UpdateFigure($input: FigureInput!) {
    updateFigure(input: $input) {
      section {
        id
      }
    }
  }
`);

export const UnlinkFigureMutation = graphql(`
  mutation UnlinkFigure($input: FigureInput!) {
    unlinkFigure(input: $input) {
      section {
        id
      }
    }
  }
`);
