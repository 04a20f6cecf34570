import { sectionSchema } from '@quorum/section-content';
import type { DocumentNode } from 'graphql';
import type { Editor } from '@tiptap/core';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createConnectionStore } from '../connection/connection-status';
import { SectionEditor } from '../editor/section-editor';
import { CONTENT_FIELD } from '../live/live-section';
import { useLiveSection } from '../live/use-live-section';
import { FakeLiveServer } from '../test/fake-live';
import { apiError, meMock } from '../test/fixtures';
import { render } from '../test/render';
import { AddCommentMutation, DeleteCommentMutation, EditCommentMutation, ReplyToCommentMutation, ResolveCommentMutation } from './operations';
import { useCommentPassages } from './comment-passages';
import { CommentsPanel } from './comments-panel';
import { quietEvents } from '../test/fixtures';
import { commentFixture, commentsMock, eventMock, PEOPLE, threadFixture } from './fixtures';
import { anchorFor, passageText, rangeOf } from './passage-anchors';
import { inTextOrder, type Thread } from './use-comments';

const { nurse, medic, patient, observer } = PEOPLE;

function Panel() {
  const passages = useCommentPassages('s-1');
  return <CommentsPanel entryId="e1" sectionId="s-1" passages={passages} />;
}

type Mocks = NonNullable<Parameters<typeof render>[1]>['mocks'];
function renderPanel(viewer: typeof nurse, mocks: Mocks) {
  return render(<Panel />, { mocks: [meMock(viewer), ...(mocks ?? [])] });
}

const announcer = () => screen.getByTestId('announcer');
const openThreads = () => within(screen.getByTestId('open-comments')).getAllByTestId('comment-thread');
const payload = (comment: object) => ({ __typename: 'CommentPayload', comment });
/** The mock of a change to a comment (`field`, the mutation's): its input, and the comment as the change leaves it. */
const mutationMock = (query: DocumentNode, field: string, input: object, comment: object) => ({ request: { query, variables: { input } }, result: { data: { [field]: payload(comment) } } });

/** Opens the new comment form: `choice`, what the comment is about, is chosen and has focus, and the passage shown is `shown`. */
async function openNewComment(choice: string, shown: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Add a comment' }));
  expect((screen.getByLabelText(choice) as HTMLInputElement).checked).toBe(true);
  await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(choice)));
  expect(screen.getByTestId('selected-passage').textContent).toBe(shown);
}

/** Writes `body` in the new comment form and adds it, then waits for the live region to say so. */
async function addComment(body: string) {
  fireEvent.change(screen.getByLabelText('Your comment'), { target: { value: body } });
  fireEvent.click(screen.getByRole('button', { name: 'Add comment' }));
  await waitFor(() => expect(announcer().textContent).toBe('Your comment has been added.'));
}

const onOutcomes = threadFixture('t1', medic, 'Which wards were these?', {
  quote: 'screened within an hour',
  replies: [commentFixture('r1', nurse, 'Wards 3 and 7.', '2026-12-09T16:20:00.000Z')],
});
const onSection = threadFixture('t2', patient, 'Could this say how families were involved?');
const done = threadFixture('t3', nurse, 'Spelling of sepsis.', { quote: 'sepis', resolvedBy: nurse });

/** A button's name as a screen reader says it: its label, or its text (hidden parts included). */
const spokenName = (button: HTMLElement) => button.getAttribute('aria-label') ?? button.textContent;

describe('CommentsPanel', () => {
  it('lists the open threads with their passage, author, role, time and replies; resolved ones are folded away', async () => {
    renderPanel(nurse, [commentsMock(nurse, [onOutcomes, onSection, done]), quietEvents()]);

    expect((await screen.findByRole('heading', { name: 'Comments (2 open)' })).textContent).toBe('Comments (2 open)');
    // The thread on the whole section comes first, then those on passages in the order of the text.
    const [second, first] = openThreads();
    expect(first.querySelector('.app-comment-thread__about')!.textContent).toBe('On the passage: screened within an hour');
    const [opening, reply] = [...first.querySelectorAll('.app-comment')];
    expect(opening.querySelector('.app-comment__byline')!.textContent).toBe('Dr Sunil MehtaMedic9 December 2026, 2:05pm');
    expect(opening.querySelector('.app-comment__body')!.textContent).toBe('Which wards were these?');
    expect(within(first).getByRole('list', { name: 'Replies to the comment on “screened within an hour”' })).toBeTruthy();
    expect(reply.textContent).toBe('Grace MensahNurse9 December 2026, 4:20pmWards 3 and 7.Change your replyDelete your reply');
    expect(second.querySelector('.app-comment-thread__about')!.textContent).toBe('On the whole section');
    expect(second.querySelector('.app-comment__byline')!.textContent).toContain('Patient representative');

    // The nurse edits the text, so may resolve anyone's thread; only her own words are hers to change.
    expect(within(first).getAllByRole('button').map(spokenName)).toEqual([
      'Change your reply',
      'Delete your reply',
      'Show in the text: screened within an hour',
      'Reply to the comment on “screened within an hour”',
      'Resolve the comment on “screened within an hour”',
    ]);
    expect(screen.getByText('Resolved comments (1)')).toBeTruthy();
    expect(within(screen.getByTestId('resolved-comments')).getByTestId('comment-thread').textContent).toContain('Resolved by Grace Mensah, 10 December 2026, 9:30am');
  });

  it('orders open threads as they sit beside the text: the whole section, then passages as the text runs, then deleted ones', () => {
    const late = threadFixture('late', medic, 'Later passage', { quote: 'rose to 78%', from: 120 });
    const early = threadFixture('early', nurse, 'Earlier passage', { quote: 'sepsis bundle', from: 4 });
    const gone = { ...threadFixture('gone', nurse, 'Its words were deleted', { quote: 'old words' }), anchor: { ...early.anchor!, deleted: true, from: null } };
    const whole = threadFixture('whole', patient, 'About the whole section');
    // As the API sends them, newest first.
    expect(inTextOrder([gone, late, whole, early]).map((t) => t.id)).toEqual(['whole', 'early', 'late', 'gone']);
  });

  it('lets observers read the comments but not add, answer or resolve them', async () => {
    renderPanel(observer, [commentsMock(observer, [onOutcomes]), quietEvents()]);
    await screen.findByText('Your role can read comments but not add them.');
    expect(screen.queryByRole('button', { name: 'Add a comment' })).toBeNull();
    expect(within(openThreads()[0]).getAllByRole('button').map(spokenName)).toEqual(['Show in the text: screened within an hour']);
  });

  it('lets a patient representative resolve their own thread but not others’', async () => {
    renderPanel(patient, [commentsMock(patient, [onOutcomes, onSection]), quietEvents()]);
    const [own, others] = await waitFor(openThreads);
    // Whose thread is whose shows once the session (who "I" am) has loaded too.
    expect(await within(own).findByRole('button', { name: 'Resolve Joy Campbell’s comment' })).toBeTruthy();
    expect(within(others).queryByRole('button', { name: /^Resolve/ })).toBeNull();
  });

  it('adds a comment on the whole section, says so and goes back to the button', async () => {
    const added = threadFixture('t9', nurse, 'Please add the 2024 figures.');
    renderPanel(nurse, [
      commentsMock(nurse, []),
      quietEvents(),
      mutationMock(AddCommentMutation, 'addComment', { sectionId: 's-1', body: 'Please add the 2024 figures.' }, added),
      commentsMock(nurse, [added]),
    ]);
    expect((await screen.findByText('To comment on particular words, select them in the text first.')).id).toBe('new-comment-tip');
    // Nothing is selected: the comment is about the whole section, and that choice, the first question, is where focus goes.
    await openNewComment('The whole section', 'Nothing is selected yet. Select words in the text to comment on them.');

    await addComment('  Please add the 2024 figures. ');
    expect(openThreads()[0].textContent).toContain('Please add the 2024 figures.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a comment' })));
  });

  it('lets the writer choose whom to tell, from the rest of the team, and mentions them', async () => {
    const added = threadFixture('t10', nurse, 'Can you check the denominators?');
    renderPanel(nurse, [
      commentsMock(nurse, []),
      quietEvents(),
      mutationMock(AddCommentMutation, 'addComment', { sectionId: 's-1', body: 'Can you check the denominators?', mentionedUserIds: ['u-medic'] }, added),
      commentsMock(nurse, [added]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a comment' }));
    const group = screen.getByRole('group', { name: 'Who should be told about this comment?' });
    // Everyone but the writer (once the session says who that is).
    await waitFor(() =>
      expect(
        within(group)
          .getAllByRole('checkbox')
          .map((box) => box.parentElement!.textContent),
      ).toEqual(['Dr Sunil Mehta (medic)', 'Joy Campbell (patient representative)', 'Mark Evans (observer)']),
    );
    fireEvent.click(within(group).getByLabelText(/Dr Sunil Mehta/));
    expect(screen.getByText('Let people know (1 chosen)')).toBeTruthy();
    await addComment('Can you check the denominators?');
  });

  it('lets a reply mention someone too', async () => {
    const thread = threadFixture('t1', medic, 'Which wards were these?', { quote: 'screened within an hour' });
    const reply = commentFixture('r1', nurse, 'Wards 3 and 7, Yusuf has the numbers.');
    renderPanel(nurse, [
      commentsMock(nurse, [thread]),
      quietEvents(),
      mutationMock(ReplyToCommentMutation, 'replyToComment', { commentId: 't1', body: 'Wards 3 and 7, Yusuf has the numbers.', mentionedUserIds: ['u-patient'] }, reply),
      commentsMock(nurse, [{ ...thread, replies: [reply] }]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Reply to the comment on “screened within an hour”' }));
    const group = screen.getByRole('group', { name: 'Who should be told about this comment?' });
    await waitFor(() => expect(within(group).queryByLabelText(/Grace Mensah/)).toBeNull()); // not oneself
    fireEvent.click(within(group).getByLabelText(/Joy Campbell/));
    fireEvent.change(screen.getByLabelText('Your reply'), { target: { value: 'Wards 3 and 7, Yusuf has the numbers.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reply' }));
    await waitFor(() => expect(announcer().textContent).toBe('Your reply has been added.'));
  });

  it('lets a change to one’s comment mention someone too', async () => {
    const thread = threadFixture('t1', nurse, 'Which wards were these?', { quote: 'screened within an hour' });
    const changed = { ...thread, body: 'Which wards were these, Joy?', editedAt: '2026-11-26T10:00:00Z' };
    renderPanel(nurse, [
      commentsMock(nurse, [thread]),
      quietEvents(),
      mutationMock(EditCommentMutation, 'editComment', { commentId: 't1', body: 'Which wards were these, Joy?', mentionedUserIds: ['u-patient'] }, changed),
      commentsMock(nurse, [changed]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Change your comment' }));
    const group = screen.getByRole('group', { name: 'Who should be told about this comment?' });
    fireEvent.click(within(group).getByLabelText(/Joy Campbell/));
    fireEvent.change(screen.getByLabelText('Change your comment'), { target: { value: 'Which wards were these, Joy?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(announcer().textContent).toBe('Your comment has been changed.'));
  });

  it('checks a new comment before sending it, and shows the server’s refusal beside the passage', async () => {
    renderPanel(patient, [
      commentsMock(patient, []),
      quietEvents(),
      {
        request: { query: AddCommentMutation, variables: { input: { sectionId: 's-1', body: 'Say which languages.', anchor: { quote: 'leaflets in five languages' } } } },
        result: apiError('BAD_USER_INPUT', 'Those words are not in the section’s text as it is now. Check their spelling against the text.', { field: 'input.anchor.quote' }),
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a comment' }));
    fireEvent.click(screen.getByLabelText('Words I will type or paste'));
    fireEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Enter the words from the text that your comment is about', '#new-comment-quote'],
      ['Enter your comment', '#new-comment-body'],
    ]);
    // Below the panel's h3 "Comments" in the page's outline.
    expect(within(summary).getByRole('heading', { name: 'There is a problem' }).tagName).toBe('H4');

    fireEvent.change(screen.getByLabelText('The words from the text (capital letters and quote marks need not match)'), { target: { value: 'leaflets in five languages' } });
    fireEvent.change(screen.getByLabelText('Your comment'), { target: { value: 'Say which languages.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    await waitFor(() => expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe('Those words are not in the section’s text as it is now. Check their spelling against the text.'));
    expect(within(screen.getByRole('alert')).getByRole('link').getAttribute('href')).toBe('#new-comment-quote');
  });

  it('shows another member’s new comment as it arrives, and says so in the live region', async () => {
    const arrived = threadFixture('t9', medic, 'Is this before or after the audit?', { quote: 'screened within an hour' });
    renderPanel(nurse, [commentsMock(nurse, []), eventMock('COMMENT_ADDED', { commentId: 't9', threadId: 't9', actorId: medic.id }, 300), commentsMock(nurse, [arrived])]);
    await screen.findByText('No open comments on this section.');
    await waitFor(() => expect(openThreads()).toHaveLength(1));
    expect(openThreads()[0].textContent).toContain('Is this before or after the audit?');
    await waitFor(() => expect(announcer().textContent).toBe('New comment from Dr Sunil Mehta on “screened within an hour”'));
  });

  it('replies, then resolves: the thread moves to the resolved comments and focus goes to the heading', async () => {
    const thread = threadFixture('t1', medic, 'Which wards were these?', { quote: 'screened within an hour' });
    const reply = commentFixture('r1', nurse, 'Wards 3 and 7.');
    const answered = { ...thread, replies: [reply] };
    renderPanel(nurse, [
      commentsMock(nurse, [thread]),
      quietEvents(),
      mutationMock(ReplyToCommentMutation, 'replyToComment', { commentId: 't1', body: 'Wards 3 and 7.' }, reply),
      commentsMock(nurse, [answered]),
      mutationMock(
        ResolveCommentMutation,
        'resolveComment',
        { commentId: 't1' },
        { __typename: 'Comment', id: 't1', resolved: true, resolvedAt: '2026-12-10T09:30:00.000Z', resolvedBy: { __typename: 'User', id: nurse.id, name: nurse.name } },
      ),
      commentsMock(nurse, [{ ...answered, ...threadFixture('t1', medic, 'Which wards were these?', { quote: 'screened within an hour', resolvedBy: nurse }), replies: [reply] }]),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Reply to the comment on “screened within an hour”' }));
    const field = screen.getByLabelText('Your reply');
    await waitFor(() => expect(document.activeElement).toBe(field));
    fireEvent.click(screen.getByRole('button', { name: 'Reply' }));
    expect(await screen.findByText('Enter your comment', { selector: '.nhsuk-error-message *, .nhsuk-error-message' })).toBeTruthy();
    fireEvent.change(field, { target: { value: 'Wards 3 and 7.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reply' }));
    await waitFor(() => expect(announcer().textContent).toBe('Your reply has been added.'));
    expect(within(openThreads()[0]).getByRole('list', { name: /^Replies/ }).textContent).toContain('Wards 3 and 7.');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Reply to the comment on “screened within an hour”'));

    fireEvent.click(screen.getByRole('button', { name: 'Resolve the comment on “screened within an hour”' }));
    await screen.findByText('No open comments on this section.');
    await waitFor(() => expect(announcer().textContent).toBe('Comment resolved. It is now under resolved comments.'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Comments (0 open)' })));
    expect(screen.getByText('Resolved comments (1)')).toBeTruthy();
    expect(within(screen.getByTestId('resolved-comments')).getByRole('button', { name: 'Reopen the comment on “screened within an hour”' })).toBeTruthy();
  });

  it('deletes one’s own comment after asking, leaving its place in the thread', async () => {
    const own = threadFixture('t4', nurse, 'Typo in the second line.', { quote: 'sepis' });
    renderPanel(nurse, [
      commentsMock(nurse, [own]),
      quietEvents(),
      mutationMock(DeleteCommentMutation, 'deleteComment', { commentId: 't4' }, { ...commentFixture('t4', nurse, ''), deleted: true }),
      commentsMock(nurse, [{ ...own, body: '', deleted: true }]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete your comment' }));
    expect(screen.getByRole('group', { name: 'Delete your comment?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    await screen.findByText('This comment was deleted.');
    await waitFor(() => expect(announcer().textContent).toBe('Your comment has been deleted.'));
    expect(screen.queryByRole('button', { name: 'Delete your comment' })).toBeNull();
  });
});

describe('CommentsPanel with the section’s editor', () => {
  // jsdom lays nothing out; ProseMirror measures ranges to scroll a passage into view.
  beforeAll(() => {
    Range.prototype.getClientRects ??= () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
    Range.prototype.getBoundingClientRect ??= () => new DOMRect();
  });

  const TEXT = 'Sepsis was screened within an hour for most patients.';

  /** The section's text and its comments; read-only as in review mode when `canEdit` is false. */
  function Workspace({ canEdit = true }: { canEdit?: boolean }) {
    const { live, state } = useLiveSection('s-1', canEdit);
    const passages = useCommentPassages('s-1');
    return (
      <>
        <h2 id="title">Patient involvement</h2>
        <p id="limit">Word limit: 500 words</p>
        {live && state.ready && (
          <SectionEditor
            live={live}
            state={state}
            canEdit={canEdit}
            wordLimit={500}
            titleId="title"
            limitId="limit"
            user={{ id: nurse.id, name: nurse.name, color: '#005eb8' }}
            extensions={passages.extensions}
          />
        )}
        <CommentsPanel entryId="e1" sectionId="s-1" passages={passages} />
      </>
    );
  }

  /** The anchor of some words in the server's copy of the section, as another member's editor would make it. */
  function anchorOn(doc: Y.Doc, words: string) {
    const fragment = doc.getXmlFragment(CONTENT_FIELD);
    const pm = yXmlFragmentToProseMirrorRootNode(fragment, sectionSchema);
    const from = pm.textContent.indexOf(words) + 1;
    return anchorFor(fragment, pm, from, from + words.length)!;
  }

  it('highlights commented passages, shows one from its thread, and comments on the selected words', async () => {
    const server = new FakeLiveServer();
    server.writeParagraph('s-1', TEXT);
    const existing = threadFixture('t1', medic, 'Which wards?', { quote: 'within an hour', anchor: anchorOn(server.doc('s-1'), 'within an hour') });
    let sent: { start: string; end: string } | undefined;
    const mine = (): Thread => threadFixture('t2', nurse, 'Most is vague: give the number.', { quote: 'most patients', anchor: sent });
    const connection = createConnectionStore();
    connection.report('connected');
    render(<Workspace />, {
      live: server,
      connection,
      mocks: [
        meMock(nurse),
        commentsMock(nurse, [existing]),
        quietEvents(),
        {
          request: { query: AddCommentMutation, variables: (v: Record<string, unknown>) => (v.input as { body: string }).body === 'Most is vague: give the number.' },
          result: (v: Record<string, unknown>) => {
            sent = (v.input as { anchor: { start: string; end: string } }).anchor;
            return { data: { addComment: payload(mine()) } };
          },
        },
        commentsMock(nurse, () => [mine(), existing]),
      ],
    });

    const text = await screen.findByRole('textbox', { name: 'Patient involvement' });
    await waitFor(() => expect([...text.querySelectorAll('.app-comment-mark')].map((m) => m.textContent)).toEqual(['within an hour']));
    const editor = (text as HTMLElement & { editor: Editor }).editor;

    // Choosing the thread marks its passage and selects it in the text, and says so.
    fireEvent.click(screen.getByRole('button', { name: /^Show in the text\W+within an hour$/ }));
    expect(text.querySelector('.app-comment-mark--active')!.textContent).toBe('within an hour');
    expect(openThreads()[0].className).toContain('app-comment-thread--active');
    const { from, to } = editor.state.selection;
    expect(passageText(editor.state.doc, from, to)).toBe('within an hour');
    await waitFor(() => expect(announcer().textContent).toBe('Highlighted in the text: “within an hour”'));

    // Select other words: the form offers them, and the comment is anchored on them.
    const start = editor.state.doc.textContent.indexOf('most patients') + 1;
    act(() => void editor.commands.setTextSelection({ from: start, to: start + 'most patients'.length }));
    expect(screen.getByText('On the selected words:', { exact: false }).textContent).toBe('On the selected words: most patients');
    await openNewComment('The words selected in the text', 'most patients');
    await addComment('Most is vague: give the number.');

    // What was sent names those words in the shared document, and both passages are highlighted now.
    const fragment = server.doc('s-1').getXmlFragment(CONTENT_FIELD);
    const serverDoc = yXmlFragmentToProseMirrorRootNode(fragment, sectionSchema);
    const range = rangeOf(fragment, serverDoc, sent!)!;
    expect(passageText(serverDoc, range.from, range.to)).toBe('most patients');
    await waitFor(() => expect([...text.querySelectorAll('.app-comment-mark')].map((m) => m.textContent)).toEqual(['within an hour', 'most patients']));

    // Others' words before a passage move its highlight along with it.
    act(() => server.writeParagraph('s-1', 'A new paragraph from a colleague.'));
    await waitFor(() => expect(text.textContent).toContain('A new paragraph'));
    expect([...text.querySelectorAll('.app-comment-mark')].map((m) => m.textContent)).toEqual(['within an hour', 'most patients']);
  });

  it('in the read-only text of review mode, says which passage it has highlighted, as focus stays on the button', async () => {
    const server = new FakeLiveServer();
    server.writeParagraph('s-1', TEXT);
    const existing = threadFixture('t1', medic, 'Which wards?', { quote: 'within an hour', anchor: anchorOn(server.doc('s-1'), 'within an hour') });
    const connection = createConnectionStore();
    connection.report('connected');
    render(<Workspace canEdit={false} />, { live: server, connection, mocks: [meMock(patient), commentsMock(patient, [existing]), quietEvents()] });

    const text = await screen.findByRole('document', { name: 'Patient involvement' });
    await waitFor(() => expect(text.querySelectorAll('.app-comment-mark')).toHaveLength(1));
    const show = screen.getByRole('button', { name: /^Show in the text\W+within an hour$/ });
    act(() => show.focus());
    fireEvent.click(show);
    expect(text.querySelector('.app-comment-mark--active')!.textContent).toBe('within an hour');
    await waitFor(() => expect(announcer().textContent).toBe('Highlighted in the text: “within an hour”'));
    expect(document.activeElement).toBe(show);
  });
});
