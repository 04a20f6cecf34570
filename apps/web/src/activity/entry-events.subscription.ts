import { graphql } from '../gql';

export const EntryEventsSubscription = graphql(`
  subscription EntryEvents($entryId: ID!) {
    entryEvents(entryId: $entryId) {
      kind
      entryId
      sectionId
      commentId
      threadId
      signOffId
      membershipId
      userId
      actorId
      state
      at
    }
  }
`);
