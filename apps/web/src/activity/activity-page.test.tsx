import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exportEntryMock } from '../export/fixtures';
import type { Role } from '../gql/graphql';
import { eventMock, quietEvents, workflowMock } from '../sign-off/fixtures';
import { LEAD, meMock } from '../test/fixtures';
import { render } from '../test/render';
import { ActivityPage } from './activity-page';
import { ActivityLogQuery } from './audit-log.query';
import { EntryActivityQuery } from './entry-activity.query';

function activityMock(canReadAuditLog: boolean, viewerRole: Role = 'LEAD') {
  const member = (id: string, name: string, role: Role) => ({ __typename: 'Membership', id: `m-${id}`, role, user: { __typename: 'User', id, name } });
  const entry = {
    __typename: 'Entry',
    id: 'e1',
    title: 'Closing the gap',
    state: 'IN_REVIEW',
    viewerRole,
    template: { __typename: 'Template', id: 't1', name: 'Improving health outcomes' },
    abilities: { __typename: 'EntryAbilities', canReadAuditLog },
    members: [member(LEAD.id, LEAD.name, 'LEAD'), member('u-joy', 'Joy Campbell', 'PATIENT_REP'), member('u-grace', 'Grace Mensah', 'NURSE')],
    sections: [{ __typename: 'Section', id: 's-1', title: 'Patient involvement' }],
  };
  return { request: { query: EntryActivityQuery, variables: { id: 'e1' } }, result: { data: { entry } }, maxUsageCount: Infinity };
}

let seq = 0;
function record(action: string, summary: string, createdAt: string, data: Record<string, unknown> = {}) {
  seq += 1;
  return { __typename: 'AuditEvent', id: `a-${seq}`, seq, action, actorId: null, actorName: null, createdAt, summary, data: JSON.stringify(data) };
}

function logMock(nodes: ReturnType<typeof record>[], variables: Record<string, unknown> = { id: 'e1', first: 25 }, hasNextPage = false) {
  const auditLog = { __typename: 'AuditEventConnection', totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: 'cursor-1' }, nodes: [...nodes].reverse() };
  return { request: { query: ActivityLogQuery, variables }, result: { data: { entry: { __typename: 'Entry', id: 'e1', auditLog } } } };
}

const renderActivity = (mocks: MockLink.MockedResponse[]) =>
  render(<ActivityPage />, { at: '/entries/e1/activity', path: '/entries/:entryId/activity', mocks: [meMock(LEAD), exportEntryMock(true), workflowMock('IN_REVIEW', false), ...mocks] });

const feed = () => within(screen.getByTestId('activity-feed')).getAllByRole('listitem').map((li) => li.textContent);

describe('activity page', () => {
  const loggedIn = record('LOGGED_IN', 'Amara Okafor logged in.', '2026-12-09T09:00:00.000Z');
  const signed = record('SIGNED_OFF', 'Joy Campbell (Patient representative) approved “Patient involvement” as “A patient representative”.', '2026-12-09T10:00:00.000Z', { sectionId: 's-1' });

  it('lists the audit log newest first, naming the section, with log-ins only when asked for', async () => {
    const stale = record('SIGN_OFF_STALE', 'An edit by Grace Mensah changed “Patient involvement”: 1 sign-off is stale.', '2026-12-09T11:00:00.000Z', { sectionId: 's-1' });
    renderActivity([activityMock(true), logMock([loggedIn, signed, stale]), quietEvents()]);
    await screen.findByTestId('activity-feed');
    expect(feed()).toEqual([
      'An edit by Grace Mensah changed “Patient involvement”: 1 sign-off is stale.9 December 2026, 11:00am in Patient involvement',
      'Joy Campbell (Patient representative) approved “Patient involvement” as “A patient representative”.9 December 2026, 10:00am in Patient involvement',
    ]);
    expect(screen.getAllByRole('link', { name: 'Patient involvement' })[0].getAttribute('href')).toBe('/entries/e1/sections/s-1');
    fireEvent.click(screen.getByLabelText('Include log-ins and API tokens'));
    expect(feed()[2]).toBe('Amara Okafor logged in.9 December 2026, 9:00am');
  });

  it('adds a live comment at the top and announces it', async () => {
    renderActivity([activityMock(true), logMock([signed]), eventMock('COMMENT_ADDED', { sectionId: 's-1', actorId: 'u-grace', at: '2026-12-09T12:00:00.000Z' }, 100)]);
    await waitFor(() => expect(feed()[0]).toBe('Grace Mensah commented on “Patient involvement”.9 December 2026, 12:00pm in Patient involvement'));
    expect(feed()).toHaveLength(2);
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Grace Mensah commented on “Patient involvement”.'));
  });

  it('reads the newest records of the log when a sign-off arrives live, without repeating any', async () => {
    const newer = record('SIGNED_OFF', 'Grace Mensah (Nurse) approved “Patient involvement” as “A clinician”.', '2026-12-09T13:00:00.000Z', { sectionId: 's-1' });
    renderActivity([
      activityMock(true),
      logMock([signed]),
      eventMock('SIGNED_OFF', { sectionId: 's-1', actorId: 'u-grace', signOffId: 'so-2' }, 100),
      logMock([signed, newer], { id: 'e1', first: 25, after: null }),
    ]);
    await waitFor(() => expect(feed()).toHaveLength(2));
    expect(feed()[0]).toContain('Grace Mensah (Nurse) approved');
    expect(feed()[1]).toContain('Joy Campbell (Patient representative) approved');
  });

  it('shows everyone else what happens while the page is open', async () => {
    renderActivity([activityMock(false, 'PATIENT_REP'), eventMock('SIGN_OFF_STALE', { sectionId: 's-1', actorId: 'u-grace', at: '2026-12-09T12:00:00.000Z' }, 100)]);
    expect(await screen.findByText('Nothing yet since you opened this page.')).toBeTruthy();
    expect(screen.queryByLabelText('Include log-ins and API tokens')).toBeNull();
    await waitFor(() => expect(feed()).toEqual(['An edit by Grace Mensah changed “Patient involvement”: sign-offs given before no longer count.9 December 2026, 12:00pm in Patient involvement']));
  });
});
