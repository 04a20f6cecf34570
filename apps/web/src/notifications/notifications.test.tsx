import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { render } from '../test/render';
import { NotificationsButton } from './notifications-button';
import { NotificationsPage } from './notifications-page';
import { MarkNotificationsReadMutation, NotificationCountQuery, NotificationsQuery } from './operations';

const notification = (id: string, kind: string, message: string, read: boolean, extra: Record<string, string | null> = {}) => ({
  __typename: 'Notification' as const,
  id,
  kind,
  message,
  createdAt: '2026-12-06T10:00:00.000Z',
  read,
  entryId: 'e-1',
  sectionId: 's-2',
  commentId: null,
  signOffId: null,
  ...extra,
});

const listed = (unread: number, nodes: ReturnType<typeof notification>[]) => ({
  request: { query: NotificationsQuery },
  result: { data: { me: { __typename: 'User', id: 'u-medic', unreadNotificationCount: unread, notifications: { __typename: 'NotificationConnection', nodes } } } },
});
const count = (n: number) => ({ request: { query: NotificationCountQuery }, result: { data: { me: { __typename: 'User', id: 'u-medic', unreadNotificationCount: n } } } });

const MENTION = notification('n-1', 'MENTION', 'Grace Mensah mentioned you in a comment.', false, { commentId: 'c-9' });
const STALE = notification('n-2', 'SIGN_OFF_STALE', 'Your sign-off of Impact no longer counts.', false);
const REMINDER = notification('n-3', 'CLOSING_DATE_NEAR', 'The entry closes in 7 days.', true, { sectionId: null });

describe('notifications', () => {
  it('the header link carries the unread count in its accessible name', async () => {
    render(<NotificationsButton />, { mocks: [count(2)] });
    await waitFor(() => expect(screen.getByRole('link', { name: 'Notifications 2 unread' })).toBeTruthy());
    expect(screen.getByRole('link', { name: 'Notifications 2 unread' }).getAttribute('href')).toBe('/notifications');
  });

  it('lists them as a list, each a link to its place; marks one read, then all', async () => {
    const read = (input: object, left: number) => ({
      request: { query: MarkNotificationsReadMutation, variables: { input } },
      result: { data: { markNotificationsRead: { __typename: 'MarkNotificationsReadPayload', marked: 1, unreadCount: left } } },
    });
    render(<NotificationsPage />, {
      mocks: [
        listed(2, [MENTION, STALE, REMINDER]),
        read({ all: false, notificationIds: ['n-1'] }, 1),
        listed(1, [{ ...MENTION, read: true }, STALE, REMINDER]),
        count(1),
        read({ all: true }, 0),
        listed(0, [{ ...MENTION, read: true }, { ...STALE, read: true }, REMINDER]),
        count(0),
      ],
    });
    const list = await screen.findByRole('list', { name: 'Your notifications' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[0]).getByRole('link', { name: MENTION.message }).getAttribute('href')).toBe('/entries/e-1/sections/s-2#comment-c-9');
    expect(within(items[1]).getByRole('link', { name: STALE.message }).getAttribute('href')).toBe('/entries/e-1/review/s-2');
    expect(within(items[2]).getByRole('link', { name: REMINDER.message }).getAttribute('href')).toBe('/entries/e-1');
    expect(within(items[2]).queryByRole('button')).toBeNull();
    expect(screen.getByText('2 unread.')).toBeTruthy();

    fireEvent.click(within(items[0]).getByRole('button', { name: /^Mark as read/ }));
    await waitFor(() => expect(screen.getByText('1 unread.')).toBeTruthy());
    await waitFor(() => expect(screen.getAllByTestId('announcer').at(-1)!.textContent).toBe('Marked as read. 1 unread.'));

    fireEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));
    await waitFor(() => expect(screen.getByText('All read.')).toBeTruthy());
    expect(screen.queryByRole('button', { name: /Mark/ })).toBeNull();
  });

  it('a suggestion accepted or rejected links to its section; a comment on it, to its thread there', async () => {
    const ACCEPTED = notification('n-4', 'SUGGESTION_ACCEPTED', 'Amara Okafor accepted 3 of your suggestions in “Impact”.', false);
    const REJECTED = notification('n-5', 'SUGGESTION_REJECTED', 'Amara Okafor rejected your suggestion in “Impact”.', false);
    const COMMENTED = notification('n-6', 'SUGGESTION_COMMENTED', 'Amara Okafor commented on your suggestion in “Impact”.', false, { commentId: 't-7' });
    render(<NotificationsPage />, { mocks: [listed(3, [ACCEPTED, REJECTED, COMMENTED])] });
    const list = await screen.findByRole('list', { name: 'Your notifications' });
    const hrefs = within(list)
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(hrefs).toEqual([
      [ACCEPTED.message, '/entries/e-1/sections/s-2'],
      [REJECTED.message, '/entries/e-1/sections/s-2'],
      [COMMENTED.message, '/entries/e-1/sections/s-2#thread-t-7'],
    ]);
  });

  it('says so when there are none', async () => {
    render(<NotificationsPage />, { mocks: [listed(0, [])] });
    await screen.findByText(/You have no notifications yet/);
  });
});
