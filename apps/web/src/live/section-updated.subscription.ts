import { graphql } from '../gql';

export const SectionUpdatedSubscription = graphql(`
  subscription SectionUpdated($sectionId: ID!) {
    sectionUpdated(sectionId: $sectionId) {
      update
      clientId
      version
    }
  }
`);
