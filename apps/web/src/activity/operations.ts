import { graphql } from '../gql';

// The feature's queries, mutations and subscriptions, one document each (fragments stay beside the components that read them).

/** A page of the entry's history, newest first: every member may read it. */
export const ActivityHistoryQuery = graphql(`
  query ActivityHistory($id: ID!, $first: Int!, $after: String) {
    entry(id: $id) {
      id
      activity(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          kind
          at
          summary
          section {
            id
            title
          }
        }
      }
    }
  }
`);

/** A page of the entry's audit log, newest first (lead and managers only). */
export const ActivityLogQuery = graphql(`
  query ActivityLog($id: ID!, $first: Int!, $after: String) {
    entry(id: $id) {
      id
      auditLog(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          seq
          createdAt
          summary
        }
      }
    }
  }
`);

/** The entry for the activity page: its header, and the names and titles that events refer to by id. */
export const EntryActivityQuery = graphql(`
  query EntryActivity($id: ID!) {
    entry(id: $id) {
      id
      ...EntryHeader
      abilities {
        canReadAuditLog
      }
      members {
        id
        role
        user {
          id
          name
        }
      }
      sections {
        id
        title
      }
    }
  }
`);

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
