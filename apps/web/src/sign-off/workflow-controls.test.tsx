import type { MockLink } from '@apollo/client/testing';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EntryHeader } from '../entries/entry-header';
import { exportEntryMock } from '../export/fixtures';
import { useExportEntry } from '../export/use-export-entry';
import type { EntryState } from '../gql/graphql';
import { apiError, LEAD, meMock } from '../test/fixtures';
import { render } from '../test/render';
import { workflowMock } from './fixtures';
import { readinessMock } from '../submit/fixtures';
import { RequestReviewMutation, SubmitEntryMutation } from './operations';
import { linksIn } from '../test/links';

const moved = (field: string, state: EntryState) => ({ data: { [field]: { __typename: 'EntryWorkflowPayload', entry: { __typename: 'Entry', id: 'e1', state } } } });

/** The header as a page shows it: under the page's query, which spreads ...EntryHeader (here the export page's). */
function Header() {
  const { entry } = useExportEntry('e1');
  return entry ? <EntryHeader entry={entry} page="Sections" /> : null;
}

function renderHeader(mocks: MockLink.MockedResponse[]) {
  return render(<Header />, { mocks: [meMock(LEAD), exportEntryMock(true), ...mocks] });
}

describe('the lead’s workflow controls', () => {
  it('asks for review from a draft and announces the new state', async () => {
    renderHeader([workflowMock('DRAFT'), { request: { query: RequestReviewMutation, variables: { input: { entryId: 'e1' } } }, result: moved('requestReview', 'IN_REVIEW') }]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ask for review and sign-off' }));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('The entry is now in review.'));
  });

  it('asks before submitting, and shows a refused submission’s reasons in plain words in the error summary, each missing sign-off a link to its form', async () => {
    const refusal = apiError('CONFLICT', 'The entry is not approved yet: 2 sign-off slots are not held by a current approval; 1 change request is open.', {
      state: 'IN_REVIEW',
      missingSlots: [
        { sectionId: 's-1', slotKey: 'lead' },
        { sectionId: 's-1', slotKey: 'clinician' },
        { sectionId: 's-2', slotKey: 'analyst' },
      ],
      openChangeRequestIds: ['so-1'],
      staleSignOffIds: ['so-2', 'so-3'],
    });
    // Approved when the page read it, stale by the time the lead confirmed (a sign-off withdrawn meanwhile).
    renderHeader([workflowMock('APPROVED'), readinessMock('APPROVED'), { request: { query: SubmitEntryMutation, variables: { input: { entryId: 'e1' } } }, result: refusal }]);

    fireEvent.click(await screen.findByRole('button', { name: 'Submit the entry' }));
    const confirm = await screen.findByRole('heading', { name: 'Important: Submit this entry?' });
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, submit the entry' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'The entry cannot be submitted until every section is signed off:',
      '“Patient involvement” still needs 2 sign-offs: The entry lead; A clinician (medic or nurse)',
      '“Impact on patient safety” still needs a sign-off: A data analyst',
      '1 request for changes is still open: change the section, or ask whoever asked to sign off again',
      '2 sign-offs no longer count because the section changed after it was given: it needs signing off again',
    ]);
    expect(linksIn(summary)).toEqual([
      ['“Patient involvement” still needs 2 sign-offs: The entry lead; A clinician (medic or nurse)', '/entries/e1/sections/s-1#sign-off-s-1-heading'],
      ['“Impact on patient safety” still needs a sign-off: A data analyst', '/entries/e1/sections/s-2#sign-off-s-2-heading'],
    ]);
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
    // Back where it was, to try again later.
    expect(screen.getByRole('button', { name: 'Submit the entry' })).toBeTruthy();
  });

  it('offers Submit only once the entry is approved; before that, says what is missing, each item a link to where it is put right', async () => {
    const view = renderHeader([workflowMock('IN_REVIEW'), readinessMock('IN_REVIEW')]);
    const missing = await screen.findByTestId('submit-readiness');
    expect(missing.querySelector('summary')!.textContent).toBe('Before the entry can be submitted: 5 things to do');
    expect(linksIn(missing)).toEqual([
      ['“Impact on patient safety” is 30 words over its limit of 500', '/entries/e1/sections/s-2#section-heading'],
      ['Judging criterion not yet addressed: Shows measurable improvement', '/entries/e1/sections/s-2#criteria-heading'],
      ['Falls per 1,000 bed days: No follow-up period yet', '/entries/e1/evidence/metrics/m-1'],
      ['“Patient involvement” needs a sign-off: The entry lead', '/entries/e1/sections/s-1#sign-off-s-1-heading'],
      ['“Impact on patient safety” needs a sign-off: A data analyst', '/entries/e1/sections/s-2#sign-off-s-2-heading'],
    ]);
    expect(screen.queryByRole('button', { name: 'Submit the entry' })).toBeNull();
    view.unmount();

    renderHeader([workflowMock('APPROVED'), readinessMock('APPROVED')]);
    expect(await screen.findByRole('button', { name: 'Submit the entry' })).toBeTruthy();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByTestId('submit-readiness')).toBeNull();
  });

  it('asks for a reason before reopening a submitted entry', async () => {
    renderHeader([workflowMock('SUBMITTED')]);
    fireEvent.click(await screen.findByRole('button', { name: 'Reopen the entry' }));
    const reason = await screen.findByLabelText('Why are you reopening the entry?');
    await waitFor(() => expect(document.activeElement).toBe(reason));
    fireEvent.click(screen.getAllByRole('button', { name: 'Reopen the entry' })[0]);
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe('Say why you are reopening the entry');
    expect(within(summary).getByRole('link').getAttribute('href')).toBe('#reopen-reason');
  });

  it('shows nothing to those who may not move the workflow', async () => {
    renderHeader([workflowMock('APPROVED', false)]);
    await screen.findByRole('heading', { name: /Closing the gap/ });
    // The nav's Export link arrives with the same round of answers as the workflow query.
    await screen.findByRole('link', { name: 'Export' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByTestId('workflow')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Submit the entry' })).toBeNull();
  });
});
