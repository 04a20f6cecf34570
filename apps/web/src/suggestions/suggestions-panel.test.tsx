import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, quietEvents } from '../test/fixtures';
import { render } from '../test/render';
import { AcceptSuggestionsMutation, RejectSuggestionMutation, SectionSuggestionsQuery } from './operations';
import { SuggestionsBeside } from './suggestions-beside';
import { useSectionSuggestions } from './use-suggestions';

const JOY = { __typename: 'User' as const, id: '00000000-0000-4000-8000-000000000007', name: 'Joy Campbell' };
const GRACE = { __typename: 'User' as const, id: '00000000-0000-4000-8000-000000000004', name: 'Grace Mensah' };

const suggestion = (id: string, author: typeof JOY, role: string, kind: string, inserted: string, deleted: string) => ({
  __typename: 'Suggestion' as const,
  id: `${author.id}~${id}`,
  kind,
  text: inserted || deleted,
  insertedText: inserted,
  deletedText: deleted,
  createdAt: '2026-12-09T14:05:00.000Z',
  role,
  author,
  thread: null,
});

const REWORD = suggestion('a1', JOY, 'PATIENT_REP', 'INSERT', 'co-designed', 'shaped');
const CUT = suggestion('b2', GRACE, 'NURSE', 'DELETE', '', 'from the start');

/** The list as the API sends it: `nodes`, of `totalCount` pending in all (more when the page is full). */
const listed = (nodes: unknown[], totalCount = nodes.length) => ({
  request: { query: SectionSuggestionsQuery, variables: { sectionId: 's1' } },
  result: { data: { section: { __typename: 'Section', id: 's1', suggestions: { __typename: 'SuggestionConnection', totalCount, nodes } } } },
});
const decided = (field: string, ids: string[]) => ({ data: { [field]: { __typename: 'ResolveSuggestionsPayload', suggestionIds: ids, section: { __typename: 'Section', id: 's1' } } } });

function Panel({ canDecide = true }: { canDecide?: boolean }) {
  const list = useSectionSuggestions('e1', 's1');
  return (
    <SuggestionsBeside sectionId="s1" live={null} suggestions={list.suggestions} total={list.total} loaded={list.loaded} canDecide={canDecide} canComment={false} canSuggest readAgain={list.refetch} />
  );
}

describe('the suggestions beside the text', () => {
  it('lists each suggestion with its author, role, time, kind and words, and offers accept and reject, all and per person', async () => {
    render(<Panel />, { mocks: [listed([REWORD, CUT]), quietEvents()] });
    const panel = await screen.findByTestId('suggestions-panel');
    await waitFor(() => expect(within(panel).getByRole('heading').textContent).toBe('Suggestions (2)'));
    const [first, second] = within(panel).getAllByRole('listitem');
    expect(first.textContent).toContain('Joy Campbell');
    expect(first.textContent).toContain('Patient representative');
    expect(first.textContent).toContain('9 December 2026, 2:05pm');
    expect(first.textContent).toContain('Replace: [deleted: shaped] [added: co-designed]');
    expect(second.textContent).toContain('Delete: [deleted: from the start]');
    expect(within(first).getByRole('button', { name: 'Accept Joy Campbell’s suggestion to replace “shaped” with “co-designed”' })).toBeTruthy();
    expect(within(second).getByRole('button', { name: 'Reject Grace Mensah’s suggestion to delete “from the start”' })).toBeTruthy();
    for (const name of ['Accept all', 'Reject all', 'Accept all by Joy Campbell', 'Reject all by Grace Mensah']) expect(within(panel).getByRole('button', { name })).toBeTruthy();
  });

  it('offers no decisions to those who may only suggest', async () => {
    render(<Panel canDecide={false} />, { mocks: [listed([REWORD]), quietEvents()] });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('rejects one, says so, and moves focus to the suggestion now in its place', async () => {
    render(<Panel />, {
      mocks: [
        listed([REWORD, CUT]),
        quietEvents(),
        {
          request: { query: RejectSuggestionMutation, variables: { input: { sectionId: 's1', suggestionId: REWORD.id, insertedText: 'co-designed', deletedText: 'shaped' } } },
          result: decided('rejectSuggestion', [REWORD.id]),
        },
        listed([CUT]),
      ],
    });
    const reject = await screen.findByRole('button', { name: /^Reject Joy Campbell’s suggestion/ });
    await act(async () => fireEvent.click(reject));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Rejected Joy Campbell’s suggestion to replace “shaped” with “co-designed”.'));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(document.activeElement?.textContent).toContain('Grace Mensah');
  });

  it('accepts one person’s suggestions, and says when that could not be done', async () => {
    render(<Panel />, {
      mocks: [
        listed([REWORD, CUT]),
        quietEvents(),
        { request: { query: AcceptSuggestionsMutation, variables: { input: { sectionId: 's1', authorId: GRACE.id } } }, result: apiError('FORBIDDEN', 'Your role cannot edit section text.') },
      ],
    });
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: 'Accept all by Grace Mensah' })));
    // It asks first, with focus on the question.
    expect(document.activeElement?.textContent).toBe('Accept Grace Mensah’s suggestion?');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Yes, accept all by Grace Mensah' })));
    await waitFor(() => expect(screen.getByTestId('suggestions-problem').textContent).toContain('That could not be done'));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toContain('That could not be done'));
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    // Focus is back on the button, beside the message.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Accept all by Grace Mensah'));
  });

  it('asks before rejecting all, and Cancel (or Escape) goes back to the button with nothing rejected', async () => {
    render(<Panel />, { mocks: [listed([REWORD, CUT]), quietEvents()] });
    const rejectAll = await screen.findByRole('button', { name: 'Reject all' });
    await act(async () => fireEvent.click(rejectAll));
    expect(document.activeElement?.textContent).toBe('Reject all 2 suggestions?');
    expect(
      within(screen.getByTestId('suggestions-confirm'))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Yes, reject all', 'Cancel']);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })));
    expect(screen.queryByTestId('suggestions-confirm')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Reject all');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Reject all by Joy Campbell' })));
    await act(async () => fireEvent.keyDown(document.activeElement!, { key: 'Escape' }));
    expect(document.activeElement?.textContent).toBe('Reject all by Joy Campbell');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('with more pending than the list holds, says so, and counts "all" as the server will decide them, not as listed', async () => {
    render(<Panel />, { mocks: [listed([REWORD, CUT], 240), quietEvents()] });
    const panel = await screen.findByTestId('suggestions-panel');
    await waitFor(() => expect(within(panel).getByRole('heading').textContent).toBe('Suggestions (240)'));
    expect(screen.getByTestId('suggestions-more').textContent).toBe(
      'Listed here: the first 2 of 240, in the order of the text. The rest show in the text; as these are accepted or rejected, the next ones are listed.',
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Accept all' })));
    expect(document.activeElement?.textContent).toBe('Accept all 240 suggestions?');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })));
    // One person's: how many of theirs are among the rest is not known here, so no number is given.
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Reject all by Joy Campbell' })));
    expect(document.activeElement?.textContent).toBe('Reject all of Joy Campbell’s suggestions?');
  });
});
