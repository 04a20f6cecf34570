import { sectionSchema } from '@quorum/section-content/schema';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { useEffect, useRef, useState } from 'react';
import type { CommentAnchorInput } from '../gql/graphql';
import { anchorFor } from '../comments/passage-anchors';
import { CommentTextForm } from '../comments/comment-text-form';
import { useCommentActions } from '../comments/use-comments';
import { useAnnounce } from '../layout/announcer';
import { CONTENT_FIELD, type LiveSection } from '../live/live-section';
import { describeSuggestion } from './suggestions-panel';
import type { Suggestion } from './use-suggestions';

/** An anchor on the words a suggestion inserts or deletes (its first stretch), as the comments feature makes one. */
function anchorOnSuggestion(live: LiveSection, id: string): CommentAnchorInput | null {
  const fragment = live.doc.getXmlFragment(CONTENT_FIELD);
  const doc = yXmlFragmentToProseMirrorRootNode(fragment, sectionSchema);
  let range: { from: number; to: number } | null = null;
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    if (node.marks.some((mark) => mark.attrs.id === id)) {
      if (!range) range = { from: pos, to: pos + node.nodeSize };
      else if (range.to === pos) range.to = pos + node.nodeSize;
    }
    return false;
  });
  const found = range as { from: number; to: number } | null;
  return found ? anchorFor(fragment, doc, found.from, found.to) : null;
}

interface Props {
  suggestion: Suggestion;
  sectionId: string;
  live: LiveSection | null;
  canComment: boolean;
  /** Reads the suggestions again, so that a comment just sent is in its thread before focus moves to it. */
  readAgain?(): Promise<unknown>;
}

/** Where focus goes once the form closes: the comment just sent (the thread held `sentAfter` before it), or the button that opened the form. */
type FocusAfter = { sentAfter: number } | 'button' | null;

/**
 * A suggestion's comment thread (a comment anchored on its words, so it is in the comments
 * panel too): what has been said, and a form to start it or reply. When the form closes, focus
 * goes to the comment just sent (else the suggestion's card), or back to the button on Cancel,
 * rather than to the page, so keyboard users carry on from there.
 */
export function SuggestionThread({ suggestion, sectionId, live, canComment, readAgain }: Props) {
  const announce = useAnnounce();
  const actions = useCommentActions(sectionId);
  const [writing, setWriting] = useState(false);
  const [focusAfter, setFocusAfter] = useState<FocusAfter>(null);
  const box = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const thread = suggestion.thread;
  const comments = thread ? [thread, ...thread.replies] : [];
  const formId = `suggestion-comment-${suggestion.id.replace(/[^\w-]/g, '-')}`;

  useEffect(() => {
    if (!focusAfter) return;
    setFocusAfter(null);
    if (focusAfter === 'button') {
      button.current?.focus();
      return;
    }
    const sent = comments.length > focusAfter.sentAfter ? (list.current?.lastElementChild as HTMLElement | null) : null;
    (sent ?? box.current?.closest<HTMLElement>('.app-suggestion-card'))?.focus();
  }, [focusAfter, comments.length]);

  async function send(body: string) {
    const before = comments.length;
    if (thread) await actions.reply(thread.id, body);
    else {
      const anchor = live && anchorOnSuggestion(live, suggestion.id);
      if (!anchor) throw new Error('This suggestion is no longer in the text.');
      await actions.add(body, anchor);
    }
    // The thread is the suggestions list's: read it now rather than on the comment's event, so the comment is there to focus.
    await Promise.resolve(readAgain?.()).catch(() => undefined);
    setWriting(false);
    setFocusAfter({ sentAfter: before });
    announce(`Your comment on ${describeSuggestion(suggestion)} has been added.`);
  }

  return (
    <div className="app-suggestion-card__thread" ref={box}>
      {comments.length > 0 && (
        <ul className="app-suggestion-card__comments" aria-label={`Comments on ${describeSuggestion(suggestion)}`} ref={list}>
          {comments.map((c) => (
            <li key={c.id} tabIndex={-1}>
              <strong>{c.author.name}:</strong> {c.deleted ? <em>Deleted comment</em> : c.body}
            </li>
          ))}
        </ul>
      )}
      {canComment &&
        (writing ? (
          <CommentTextForm
            id={formId}
            label={thread ? 'Your reply' : 'Your comment on this suggestion'}
            submitLabel={thread ? 'Reply' : 'Add comment'}
            onSubmit={send}
            onCancel={() => {
              setWriting(false);
              setFocusAfter('button');
            }}
          />
        ) : (
          <button type="button" className="app-link-button" ref={button} onClick={() => setWriting(true)}>
            {thread ? 'Reply' : 'Comment'}
            <span className="nhsuk-u-visually-hidden"> on {describeSuggestion(suggestion)}</span>
          </button>
        ))}
    </div>
  );
}
