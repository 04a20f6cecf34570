import { graphql } from '../gql';

/** What the top of every page of an entry shows (entry-header.tsx): spread it in each page's query. */
export const EntryHeaderFragment = graphql(`
  fragment EntryHeader on Entry {
    id
    title
    state
    viewerRole
    template {
      id
      name
    }
  }
`);
