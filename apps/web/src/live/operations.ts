import { graphql } from '../gql';

// The feature's queries, mutations and subscriptions, one document each (fragments stay beside the components that read them).

export const ApplySectionUpdateMutation = graphql(`
  mutation ApplySectionUpdate($input: ApplySectionUpdateInput!) {
    applySectionUpdate(input: $input) {
      version
    }
  }
`);

export const EntryPresenceQuery = graphql(`
  query EntryPresence($entryId: ID!) {
    entry(id: $entryId) {
      id
      presence {
        clientId
        userId
        userName
        sectionId
        awareness
        left
      }
    }
  }
`);

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

export const SectionRelaySubscription = graphql(`
  subscription SectionRelay($sectionId: ID!) {
    sectionRelay(sectionId: $sectionId) {
      kind
      update
      clientId
    }
  }
`);

export const UpdatePresenceMutation = graphql(`
  mutation UpdatePresence($input: UpdatePresenceInput!) {
    updatePresence(input: $input) {
      presence {
        clientId
      }
    }
  }
`);
