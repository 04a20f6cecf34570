import { graphql } from '../gql';

// The feature's queries, mutations and subscriptions, one document each (fragments stay beside the components that read them).

export const RestoreSectionRevisionMutation = graphql(`
  mutation RestoreSectionRevision($input: RestoreSectionRevisionInput!) {
    restoreSectionRevision(input: $input) {
      section {
        id
        version
      }
    }
  }
`);

// There is no query for one section, so this asks for the entry's sections; the panel shows
// the one it is about. It runs only when someone opens the history.
export const SectionRevisionsQuery = graphql(`
  query SectionRevisions($entryId: ID!) {
    entry(id: $entryId) {
      id
      sections {
        id
        revisions(first: 20) {
          totalCount
          nodes {
            id
            name
            createdAt
            reason
            version
            wordCount
            markdown
            authors {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const NameSectionRevisionMutation = graphql(`
  mutation NameSectionRevision($input: NameSectionRevisionInput!) {
    nameSectionRevision(input: $input) {
      revision {
        id
        name
      }
    }
  }
`);

// Word by word between two versions: each end a revision, or the current text (left out or null).
export const SectionDiffQuery = graphql(`
  query SectionDiff($sectionId: ID!, $from: ID, $to: ID) {
    section(id: $sectionId) {
      id
      diff(from: $from, to: $to) {
        op
        text
        authors {
          id
          name
        }
      }
    }
  }
`);
