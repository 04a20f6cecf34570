import { graphql } from '../gql';

export const PresenceUpdatedSubscription = graphql(`
  subscription PresenceUpdated($entryId: ID!) {
    presenceUpdated(entryId: $entryId) {
      clientId
      userId
      userName
      sectionId
      awareness
      left
    }
  }
`);
