import { graphql } from '../gql';

// The feature's queries, mutations and subscriptions, one document each (fragments stay beside the components that read them).

export const CreateEntryMutation = graphql(`
  mutation CreateEntry($input: CreateEntryInput!) {
    createEntry(input: $input) {
      entry {
        id
        title
      }
    }
  }
`);

export const MyEntriesQuery = graphql(`
  query MyEntries($first: Int!, $after: String) {
    entries(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        state
        viewerRole
        closesAt
        sections {
          id
          title
          wordLimit
          wordCount
          signOffStatus {
            slots {
              key
              held
            }
          }
          comments(state: OPEN, first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);

export const EntryWorkspaceQuery = graphql(`
  query EntryWorkspace($id: ID!) {
    entry(id: $id) {
      id
      viewerRole
      ...EntryHeader
      abilities {
        canManageTeam
        canEdit
        canSuggest
      }
      sections {
        id
        position
        title
        guidance
        wordLimit
        criteria {
          id
          position
          text
        }
      }
    }
  }
`);

export const TemplatesQuery = graphql(`
  query Templates {
    templates {
      id
      award
      name
      description
    }
  }
`);
