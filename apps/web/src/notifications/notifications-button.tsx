import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { Link } from 'react-router';
import { useAnnounce } from '../layout/announcer';
import { NotificationCountQuery, NotificationAddedSubscription, NotificationsQuery } from './operations';

/**
 * The header's way to one's notifications: a link whose accessible name carries the unread
 * count, kept live by notificationAdded. Each new one is said politely through the page's live
 * region (the count itself is not a live region: it would be read on every change of page).
 */
export function NotificationsButton() {
  const { data } = useQuery(NotificationCountQuery);
  const client = useApolloClient();
  const announce = useAnnounce();
  useSubscription(NotificationAddedSubscription, {
    ignoreResults: true,
    onData: ({ data: added }) => {
      if (!added.data) return;
      announce(`New notification: ${added.data.notificationAdded.message}`);
      void client.refetchQueries({ include: [NotificationCountQuery, NotificationsQuery] });
    },
  });
  const unread = data?.me?.unreadNotificationCount ?? 0;
  return (
    <Link className="nhsuk-header__account-link app-notifications-button" to="/notifications" data-testid="notifications-button">
      Notifications
      {unread > 0 ? (
        <>
          {' '}
          <span className="app-notifications-button__count">{unread}</span>
          <span className="nhsuk-u-visually-hidden"> unread</span>
        </>
      ) : (
        <span className="nhsuk-u-visually-hidden">, none unread</span>
      )}
    </Link>
  );
}
