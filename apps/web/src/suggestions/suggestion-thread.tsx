import { sectionSchema } from '@quorum/section-content/schema';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { useState } from 'react';
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
}

/**
 * A suggestion's comment thread (a comment anchored on its words, so it is in the comments
 * panel too): what has been said, and a form to start it or reply.
 */
export function SuggestionThread({ suggestion, sectionId, live, canComment }: Props) {
  const announce = useAnnounce();
  const actions = useCommentActions(sectionId);
  const [writing, setWriting] = useState(false);
  const thread = suggestion.thread;
  const comments = thread ? [thread, ...thread.replies] : [];
  const formId = `suggestion-comment-${suggestion.id.replace(/[^\w-]/g, '-')}`;

  async function send(body: string) {
    if (thread) await actions.reply(thread.id, body);
    else {
      const anchor = live && anchorOnSuggestion(live, suggestion.id);
      if (!anchor) throw new Error('This suggestion is no longer in the text.');
      await actions.add(body, anchor);
    }
    setWriting(false);
    announce(`Your comment on ${describeSuggestion(suggestion)} has been added.`);
  }

  return (
    <div className="app-suggestion-card__thread">
      {comments.length > 0 && (
        <ul className="app-suggestion-card__comments" aria-label={`Comments on ${describeSuggestion(suggestion)}`}>
          {comments.map((c) => (
            <li key={c.id}>
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
            onCancel={() => setWriting(false)}
          />
        ) : (
          <button type="button" className="app-link-button" onClick={() => setWriting(true)}>
            {thread ? 'Reply' : 'Comment'}
            <span className="nhsuk-u-visually-hidden"> on {describeSuggestion(suggestion)}</span>
          </button>
        ))}
    </div>
  );
}
