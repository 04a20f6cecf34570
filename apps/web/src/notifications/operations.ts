import { graphql } from '../gql';

// The notifications feature's queries, mutations and subscription (the header's count and the notifications page).

export const NotificationCountQuery = graphql(`
  query NotificationCount {
    me {
      id
      unreadNotificationCount
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications {
    me {
      id
      unreadNotificationCount
      notifications(first: 50) {
        nodes {
          id
          kind
          message
          createdAt
          read
          entryId
          sectionId
          commentId
          signOffId
        }
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unreadCount
    }
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      message
    }
  }
`);
