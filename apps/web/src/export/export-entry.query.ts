import { graphql } from '../gql';

/** The entry for the export page and the entry nav's Export link. */
export const ExportEntryQuery = graphql(`
  query ExportEntry($id: ID!) {
    entry(id: $id) {
      id
      ...EntryHeader
      abilities {
        canExport
      }
    }
  }
`);
