import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { SectionList } from '../entries/section-list';
import { NotificationAddedSubscription } from '../notifications/operations';
import { eventMock, quietEvents } from '../test/fixtures';
import { render } from '../test/render';
import { SectionProgressQuery, WaitingForMeQuery } from './operations';
import { WaitingForMe } from './waiting-for-me';

const ENTRY = { __typename: 'Entry', id: 'e1', title: 'Closing the gap' };

function item(id: string, kind: string, message: string, path: string) {
  return { __typename: 'WaitingItem', id, kind, message, path, createdAt: '2026-12-09T14:05:00.000Z', entry: ENTRY };
}

function waitingMock(entryId: string | undefined, nodes: ReturnType<typeof item>[], extra: Partial<MockLink.MockedResponse> = {}): MockLink.MockedResponse {
  return {
    request: { query: WaitingForMeQuery, variables: { entryId } },
    result: { data: { me: { __typename: 'User', id: 'u1', waitingForMe: { __typename: 'WaitingItemConnection', totalCount: nodes.length, nodes } } } },
    ...extra,
  };
}

const quietNotifications: MockLink.MockedResponse = { request: { query: NotificationAddedSubscription }, delay: Infinity, maxUsageCount: Infinity };

const SIGN_OFF = item('SIGN_OFF_NEEDED:s1', 'SIGN_OFF_NEEDED', '“The need” needs your sign-off as A clinician.', '/entries/e1/review/s1');
const MENTION = item('MENTIONED:c1', 'MENTIONED', 'Grace mentioned you in a comment on “The need”.', '/entries/e1/sections/s1#thread-c1');

describe('Waiting for you', () => {
  it('lists each item as a link to its place, with what to do as words, and the entry on the dashboard', async () => {
    render(<WaitingForMe />, { mocks: [waitingMock(undefined, [SIGN_OFF, MENTION]), quietNotifications] });
    const panel = await screen.findByRole('region', { name: 'Waiting for you (2)' });
    const items = await within(panel).findAllByTestId('waiting-item');
    expect(within(items[0]).getByRole('link', { name: SIGN_OFF.message }).getAttribute('href')).toBe('/entries/e1/review/s1');
    expect(within(items[1]).getByRole('link', { name: MENTION.message }).getAttribute('href')).toBe('/entries/e1/sections/s1#thread-c1');
    expect(items[0].textContent).toMatch(/^Sign off.*Closing the gap · since 9 December 2026, 2:05pm$/);
    expect(items[1].textContent).toMatch(/^Mentioned/);
  });

  it('says when nothing is waiting, and reads again when something happens in the entry', async () => {
    render(<WaitingForMe entryId="e1" />, {
      // The event comes late enough for the empty state to be seen first on a busy machine (at 30 ms CI once missed it).
      mocks: [waitingMock('e1', []), eventMock('COMMENT_ADDED', {}, 600), waitingMock('e1', [MENTION]), quietEvents(), quietNotifications],
    });
    expect(await screen.findByText('Nothing is waiting for you in this entry.')).toBeTruthy();
    const link = await screen.findByRole('link', { name: MENTION.message }, { timeout: 5000 });
    expect(link.closest('li')!.textContent).not.toContain('Closing the gap'); // the entry's own page names it already
  });
});

describe('the side list of sections', () => {
  const sections = [
    { id: 's1', title: 'The need', wordLimit: 500 },
    { id: 's2', title: 'Safety', wordLimit: 400 },
  ];
  const progress: MockLink.MockedResponse = {
    request: { query: SectionProgressQuery, variables: { entryId: 'e1' } },
    result: {
      data: {
        entry: {
          __typename: 'Entry',
          id: 'e1',
          sections: [
            {
              __typename: 'Section',
              id: 's1',
              wordCount: 120,
              wordLimit: 500,
              openThreadCount: 1,
              pendingSuggestionCount: 2,
              signOffStatus: { __typename: 'SectionSignOffStatus', slots: [slot('a', true), slot('b', false)] },
            },
            { __typename: 'Section', id: 's2', wordCount: 430, wordLimit: 400, openThreadCount: 0, pendingSuggestionCount: 0, signOffStatus: { __typename: 'SectionSignOffStatus', slots: [] } },
          ],
        },
      },
    },
  };
  function slot(key: string, held: boolean) {
    return { __typename: 'SignOffSlotStatus', key, held };
  }

  it('shows each section’s words against its limit, sign-offs held of needed and open comments, in words', async () => {
    render(<SectionList entryId="e1" sections={sections} currentId="s1" />, { mocks: [progress, waitingMock('e1', []), quietEvents(), quietNotifications] });
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    await within(nav).findByText('120 of 500 words');
    const [first, second] = within(nav)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('app-section-list__item'));
    expect([...first.querySelectorAll('.app-section-list__counts li')].map((li) => li.textContent)).toEqual([
      '120 of 500 words',
      '1 of 2 sign-offs',
      '1 open comment',
      '2 suggestions to accept or reject',
    ]);
    expect([...second.querySelectorAll('.app-section-list__counts li')].map((li) => li.textContent)).toEqual(['430 of 400 words, 30 over', 'No sign-offs needed', 'No open comments']);
    expect(await screen.findByText('Nothing is waiting for you in this entry.')).toBeTruthy();
  });
});
