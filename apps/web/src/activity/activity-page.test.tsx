import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exportEntryMock } from '../export/fixtures';
import type { Role } from '../gql/graphql';
import { workflowMock } from '../sign-off/fixtures';
import { eventMock, quietEvents } from '../test/fixtures';
import { entryHeaderFixture, LEAD, meMock, NURSE } from '../test/fixtures';
import { render } from '../test/render';
import { ActivityPage } from './activity-page';
import { ActivityHistoryQuery, ActivityLogQuery, EntryActivityQuery } from './operations';

function activityMock(canReadAuditLog: boolean, viewerRole: Role = 'LEAD') {
  const member = (id: string, name: string, role: Role) => ({ __typename: 'Membership', id: `m-${id}`, role, user: { __typename: 'User', id, name } });
  const entry = {
    ...entryHeaderFixture('IN_REVIEW', viewerRole),
    abilities: { __typename: 'EntryAbilities', canReadAuditLog },
    members: [member(LEAD.id, LEAD.name, 'LEAD'), member('u-joy', 'Joy Campbell', 'PATIENT_REP'), member(NURSE.id, NURSE.name, 'NURSE')],
    sections: [{ __typename: 'Section', id: 's-1', title: 'Patient involvement' }],
  };
  return { request: { query: EntryActivityQuery, variables: { id: 'e1' } }, result: { data: { entry } }, maxUsageCount: Infinity };
}

const SECTION = { __typename: 'Section', id: 's-1', title: 'Patient involvement' };

/** A history item, as `Entry.activity` gives it. */
function item(id: string, kind: string, summary: string, at: string, section: typeof SECTION | null = null) {
  return { __typename: 'ActivityItem', id, kind, at, summary, section };
}

/** A page of the history (newest first, as given); `after` picks which page it answers. */
function historyMock(
  nodes: ReturnType<typeof item>[],
  { after, hasNextPage = false, endCursor = 'cursor-1', total = nodes.length }: { after?: string | null; hasNextPage?: boolean; endCursor?: string; total?: number } = {},
) {
  const activity = { __typename: 'ActivityItemConnection', totalCount: total, pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor }, nodes };
  const variables = after === undefined ? { id: 'e1', first: 25 } : { id: 'e1', first: 25, after };
  return { request: { query: ActivityHistoryQuery, variables }, result: { data: { entry: { __typename: 'Entry', id: 'e1', activity } } } };
}

const renderActivity = (mocks: MockLink.MockedResponse[], me = LEAD) =>
  render(<ActivityPage />, { at: '/entries/e1/activity', path: '/entries/:entryId/activity', mocks: [meMock(me), exportEntryMock(true), workflowMock('IN_REVIEW', false), ...mocks] });

const feed = () =>
  within(screen.getByTestId('activity-feed'))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

const started = item('entry:e1', 'ENTRY_CREATED', 'Amara Okafor started the entry.', '2026-12-09T09:00:00.000Z');
const commented = item('comment:c1', 'COMMENT_ADDED', 'Amara Okafor commented on “Patient involvement”: “Who was in the focus groups?”', '2026-12-09T10:00:00.000Z', SECTION);
const signed = item('sign-off:s1', 'SIGNED_OFF', 'Joy Campbell (Patient representative) approved “Patient involvement” as “A patient representative”.', '2026-12-09T11:00:00.000Z', SECTION);

describe('activity page', () => {
  it('shows a nurse the history, newest first, naming the section, with no audit log', async () => {
    renderActivity([activityMock(false, 'NURSE'), historyMock([signed, commented, started]), quietEvents()], NURSE);
    await screen.findByTestId('activity-feed');
    expect(feed()).toEqual([
      'Joy Campbell (Patient representative) approved “Patient involvement” as “A patient representative”.9 December 2026, 11:00am in Patient involvement',
      'Amara Okafor commented on “Patient involvement”: “Who was in the focus groups?”9 December 2026, 10:00am in Patient involvement',
      'Amara Okafor started the entry.9 December 2026, 9:00am',
    ]);
    expect(screen.getAllByRole('link', { name: 'Patient involvement' })[0].getAttribute('href')).toBe('/entries/e1/sections/s-1');
    expect(screen.queryByText('The audit log (lead and managers only)')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show older activity' })).toBeNull();
  });

  it('shows older activity on request, after what is shown, and moves focus to the first of it', async () => {
    renderActivity([activityMock(false, 'NURSE'), historyMock([signed, commented], { hasNextPage: true, total: 3 }), historyMock([started], { after: 'cursor-1' }), quietEvents()], NURSE);
    fireEvent.click(await screen.findByRole('button', { name: 'Show older activity' }));
    await waitFor(() => expect(feed()).toHaveLength(3));
    expect(feed()[2]).toBe('Amara Okafor started the entry.9 December 2026, 9:00am');
    await waitFor(() => expect(document.activeElement?.textContent).toBe(feed()[2]));
    expect(screen.queryByRole('button', { name: 'Show older activity' })).toBeNull();
  });

  it('reads the newest page again when something happens, puts it at the top without repeats, and announces it', async () => {
    const newer = item('sign-off:s2', 'SIGNED_OFF', 'Grace Mensah (Nurse) approved “Patient involvement” as “A clinician”.', '2026-12-09T13:00:00.000Z', SECTION);
    renderActivity([
      activityMock(false, 'PATIENT_REP'),
      historyMock([signed, commented, started]),
      eventMock('SIGNED_OFF', { sectionId: 's-1', actorId: NURSE.id, signOffId: 'so-2', at: '2026-12-09T13:00:00.000Z' }, 100),
      historyMock([newer, signed, commented, started], { after: null }),
    ]);
    await waitFor(() => expect(feed()).toHaveLength(4));
    expect(feed()[0]).toContain('Grace Mensah (Nurse) approved');
    expect(
      feed()
        .slice(1)
        .map((t) => t!.slice(0, 20)),
    ).toEqual(['Joy Campbell (Patien', 'Amara Okafor comment', 'Amara Okafor started']);
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Grace Mensah signed off “Patient involvement”.'));
  });

  it('adds live what the history does not keep (a comment edited), at the top', async () => {
    renderActivity([
      activityMock(false, 'PATIENT_REP'),
      historyMock([signed, started]),
      eventMock('COMMENT_EDITED', { sectionId: 's-1', actorId: NURSE.id, commentId: 'c1', at: '2026-12-09T12:00:00.000Z' }, 100),
      historyMock([signed, started], { after: null }),
    ]);
    await waitFor(() => expect(feed()[0]).toBe('Grace Mensah edited a comment on “Patient involvement”.9 December 2026, 12:00pm in Patient involvement'));
    expect(feed()).toHaveLength(3);
  });

  it('gives the lead the audit log too, folded away, with log-ins, read once opened', async () => {
    const log = {
      __typename: 'AuditEventConnection',
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'seq-1' },
      nodes: [
        {
          __typename: 'AuditEvent',
          id: 'a-2',
          seq: 2,
          createdAt: '2026-12-09T11:00:00.000Z',
          summary: 'Joy Campbell (Patient representative) approved “Patient involvement” as “A patient representative”.',
        },
        { __typename: 'AuditEvent', id: 'a-1', seq: 1, createdAt: '2026-12-09T08:00:00.000Z', summary: 'Amara Okafor logged in.' },
      ],
    };
    renderActivity([
      activityMock(true),
      historyMock([signed, started]),
      quietEvents(),
      { request: { query: ActivityLogQuery, variables: { id: 'e1', first: 25 } }, result: { data: { entry: { __typename: 'Entry', id: 'e1', auditLog: log } } } },
    ]);
    await screen.findByTestId('activity-feed');
    expect(feed().join(' ')).not.toContain('logged in');
    const summary = screen.getByText('The audit log (lead and managers only)');
    expect(screen.queryByTestId('audit-log')).toBeNull();
    const details = summary.closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const records = await screen.findByTestId('audit-log');
    expect(
      within(records)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Joy Campbell (Patient representative) approved “Patient involvement” as “A patient representative”.Record 2, 9 December 2026, 11:00am',
      'Amara Okafor logged in.Record 1, 9 December 2026, 8:00am',
    ]);
  });
});
