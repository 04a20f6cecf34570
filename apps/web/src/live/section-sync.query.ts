import { graphql } from '../gql';

export const SectionSyncQuery = graphql(`
  query SectionSync($sectionId: ID!, $stateVector: String) {
    sectionSync(sectionId: $sectionId, stateVector: $stateVector) {
      update
      stateVector
      version
    }
    section(id: $sectionId) {
      id
      contentBytesLimit
    }
  }
`);
