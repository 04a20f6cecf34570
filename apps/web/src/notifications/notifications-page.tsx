import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDateTime } from '../format';
import { useAnnounce } from '../layout/announcer';
import { Loading } from '../layout/loading';
import { PageHeading } from '../layout/page-heading';
import { MarkNotificationsReadMutation, NotificationCountQuery, NotificationsQuery } from './operations';
import { notificationHref } from './notification-link';

/** Your notifications, newest first, each a link to its place; mark them read one by one or all at once. */
export function NotificationsPage() {
  const { data, loading, error } = useQuery(NotificationsQuery);
  const announce = useAnnounce();
  const [markRead, { loading: marking }] = useMutation(MarkNotificationsReadMutation, { refetchQueries: [NotificationsQuery, NotificationCountQuery], awaitRefetchQueries: true });
  const me = data?.me;
  const notifications = me?.notifications.nodes ?? [];
  const unread = me?.unreadNotificationCount ?? 0;

  async function mark(input: { all: boolean; notificationIds?: string[] }) {
    const result = await markRead({ variables: { input } });
    const left = result.data?.markNotificationsRead.unreadCount ?? 0;
    announce(input.all ? 'All notifications marked as read.' : `Marked as read. ${left} unread.`);
  }

  return (
    <>
      <PageHeading title="Notifications">Notifications</PageHeading>
      {loading && !data ? (
        <Loading />
      ) : error || !me ? (
        <p className="nhsuk-body">Your notifications could not be loaded. Try again later.</p>
      ) : notifications.length === 0 ? (
        <p className="nhsuk-body">
          You have no notifications yet. When someone mentions you, replies to you, asks for your sign-off or accepts, rejects or comments on a change you suggested, it shows here.
        </p>
      ) : (
        <>
          <p className="nhsuk-body">{unread === 0 ? 'All read.' : `${unread} unread.`}</p>
          {unread > 0 && (
            <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="button" disabled={marking} onClick={() => mark({ all: true })}>
              Mark all as read
            </button>
          )}
          <ul className="nhsuk-list app-notifications" aria-label="Your notifications">
            {notifications.map((n) => (
              <li key={n.id} className={`app-notification${n.read ? '' : ' app-notification--unread'}`} data-testid="notification">
                <p className="nhsuk-body nhsuk-u-margin-bottom-1">
                  {!n.read && <strong className="nhsuk-tag nhsuk-tag--blue nhsuk-u-margin-right-2">Unread</strong>}
                  <Link className="nhsuk-link" to={notificationHref(n)}>
                    {n.message}
                  </Link>
                </p>
                <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-1">{formatDateTime(n.createdAt)}</p>
                {!n.read && (
                  <button
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-2"
                    type="button"
                    disabled={marking}
                    onClick={() => mark({ all: false, notificationIds: [n.id] })}
                  >
                    Mark as read<span className="nhsuk-u-visually-hidden">: {n.message}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
