import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { ROLE_LABELS, type Role } from '@quorum/domain';
import { useEffect, useRef, useState } from 'react';
import { formatDateTime } from '../format';
import { problemsFrom } from '../forms/api-errors';
import { useAnnounce } from '../layout/announcer';
import { CommentBylineFragment } from './comment-byline.fragment';
import { CommentTextForm } from './comment-text-form';
import type { Person } from './notify-people';
import { shortQuote, type CommentActions, type CommentItem, type Thread } from './use-comments';

interface ThreadProps {
  thread: Thread;
  roles: Map<string, Role>;
  /** Whom a reply may mention. */
  people: Person[];
  meId: string | null;
  canComment: boolean;
  /** May resolve and reopen others' threads (those who edit the text); authors always may their own. */
  canResolveAny: boolean;
  active: boolean;
  actions: CommentActions;
  /** Marks the thread's passage in the text; false when it is no longer there. */
  onShow(id: string): boolean;
  /** After resolving or reopening, when the thread moves to the other list. */
  onMoved(message: string): void;
}

/** Who wrote a comment, in which role, when, and whether it was edited: from its own fragment. */
function Byline({ comment: from, role }: { comment: FragmentType<typeof CommentBylineFragment>; role?: Role }) {
  const { data: comment, complete } = useFragment({ fragment: CommentBylineFragment, from });
  if (!complete) return null;
  return (
    <p className="app-comment__byline">
      <strong className="app-comment__author">{comment.author.name}</strong>
      {role && <span className="app-comment__role">{ROLE_LABELS[role]}</span>}
      <time className="app-comment__time" dateTime={comment.createdAt}>
        {formatDateTime(comment.createdAt)}
      </time>
      {comment.editedAt && !comment.deleted && <span className="app-comment__edited">(edited)</span>}
    </p>
  );
}

/** One comment, opening or reply: who, in which role, when, and what; its author may change or delete it. */
function CommentView({ comment, role, own, kind, people, actions }: { comment: CommentItem; role?: Role; own: boolean; kind: 'comment' | 'reply'; people: Person[]; actions: CommentActions }) {
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const whose = `your ${kind}`;

  const backToComment = (message: string) => {
    announce(message);
    box.current?.focus();
  };

  async function remove() {
    try {
      await actions.remove(comment.id);
      setConfirming(false);
      backToComment(`Your ${kind} has been deleted.`);
    } catch (e) {
      setProblem(problemsFrom(e)[0].message);
    }
  }

  return (
    // Its id is where a notification of a mention or a reply in it lands (notification-link.ts).
    <div className="app-comment" ref={box} tabIndex={-1} id={`comment-${comment.id}`}>
      <Byline comment={comment} role={role} />
      {comment.deleted ? (
        <p className="app-comment__body app-comment__body--deleted">This {kind} was deleted.</p>
      ) : editing ? (
        <CommentTextForm
          id={`edit-${comment.id}`}
          label={`Change ${whose}`}
          submitLabel="Save changes"
          initial={comment.body}
          people={people}
          onSubmit={async (body, mentionedUserIds) => {
            await actions.edit(comment.id, body, mentionedUserIds);
            setEditing(false);
            backToComment(`Your ${kind} has been changed.`);
          }}
          onCancel={() => {
            setEditing(false);
            box.current?.focus();
          }}
        />
      ) : (
        <p className="app-comment__body">{comment.body}</p>
      )}
      {problem && <p className="nhsuk-error-message">{problem}</p>}
      {own && !comment.deleted && !editing && !confirming && (
        <p className="app-comment__actions">
          <button className="app-link-button" type="button" onClick={() => setEditing(true)}>
            Change<span className="nhsuk-u-visually-hidden"> {whose}</span>
          </button>
          <button className="app-link-button" type="button" onClick={() => setConfirming(true)}>
            Delete<span className="nhsuk-u-visually-hidden"> {whose}</span>
          </button>
        </p>
      )}
      {confirming && (
        <div className="app-comment__confirm" role="group" aria-label={`Delete ${whose}?`}>
          <p className="nhsuk-body-s">Delete {whose}? Its place stays in the thread, marked as deleted.</p>
          <div className="nhsuk-button-group">
            <button className="nhsuk-button nhsuk-button--warning nhsuk-button--small" type="button" onClick={remove} autoFocus>
              Yes, delete it
            </button>
            <button
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              type="button"
              onClick={() => {
                setConfirming(false);
                box.current?.focus(); // the buttons go: back to the comment
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** What the thread is about: the passage as quoted, and what has become of it since. */
function Passage({ anchor }: { anchor: Thread['anchor'] }) {
  if (!anchor) return <p className="app-comment-thread__about">On the whole section</p>;
  return (
    <div className="app-comment-thread__about">
      <span className="nhsuk-u-visually-hidden">On the passage: </span>
      <q className="app-comment-thread__quote">{anchor.quote}</q>
      {anchor.deleted ? (
        <span className="app-comment-thread__change">This passage has since been deleted.</span>
      ) : (
        anchor.changed && (
          <span className="app-comment-thread__change">
            It now reads: <q>{anchor.currentText}</q>
          </span>
        )
      )}
    </div>
  );
}

/** A thread: its passage, opening comment, replies and what the viewer may do with it. */
export function CommentThread({ thread, roles, people, meId, canComment, canResolveAny, active, actions, onShow, onMoved }: ThreadProps) {
  const announce = useAnnounce();
  const [replying, setReplying] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const replyButton = useRef<HTMLButtonElement>(null);
  const wasReplying = useRef(false);
  // Closing the reply form, sent or not, goes back to the Reply button.
  useEffect(() => {
    if (wasReplying.current && !replying) replyButton.current?.focus();
    wasReplying.current = replying;
  }, [replying]);
  const mine = thread.author.id === meId;
  const canResolve = canComment && (mine || canResolveAny);
  const about = thread.anchor ? `the comment on “${shortQuote(thread.anchor.quote, 40)}”` : `${thread.author.name}’s comment`;

  // The passage is marked (and, in the editor, selected) out of sight of a screen reader: say so.
  function showInText(quote: string) {
    announce(onShow(thread.id) ? `Highlighted in the text: “${shortQuote(quote)}”` : 'That passage is no longer in the text.');
  }

  async function setResolved(resolved: boolean) {
    setProblem(null);
    try {
      if (resolved) await actions.resolve(thread.id);
      else await actions.reopen(thread.id);
      onMoved(resolved ? 'Comment resolved. It is now under resolved comments.' : 'Comment reopened. It is back with the open comments.');
    } catch (e) {
      setProblem(problemsFrom(e)[0].message);
    }
  }

  return (
    <li
      className={`app-comment-thread${active ? ' app-comment-thread--active' : ''}${thread.resolved ? ' app-comment-thread--resolved' : ''}`}
      id={`thread-${thread.id}`}
      data-thread-id={thread.id}
      data-testid="comment-thread"
    >
      <Passage anchor={thread.anchor} />
      <CommentView comment={thread} role={roles.get(thread.author.id)} own={canComment && mine} kind="comment" people={people} actions={actions} />
      {thread.resolved && (
        <p className="app-comment-thread__resolved">
          Resolved{thread.resolvedBy && ` by ${thread.resolvedBy.name}`}
          {thread.resolvedAt && <>, {formatDateTime(thread.resolvedAt)}</>}
        </p>
      )}
      {thread.replies.length > 0 && (
        <ol className="app-comment-thread__replies" aria-label={`Replies to ${about}`}>
          {thread.replies.map((reply) => (
            <li key={reply.id}>
              <CommentView comment={reply} role={roles.get(reply.author.id)} own={canComment && reply.author.id === meId} kind="reply" people={people} actions={actions} />
            </li>
          ))}
        </ol>
      )}
      {problem && <p className="nhsuk-error-message">{problem}</p>}
      {replying ? (
        <CommentTextForm
          id={`reply-${thread.id}`}
          label="Your reply"
          submitLabel="Reply"
          people={people}
          onSubmit={async (body, mentionedUserIds) => {
            await actions.reply(thread.id, body, mentionedUserIds);
            setReplying(false);
            announce('Your reply has been added.');
          }}
          onCancel={() => setReplying(false)}
        />
      ) : (
        <p className="app-comment-thread__actions">
          {thread.anchor && !thread.anchor.deleted && (
            // A label rather than a hidden span: Chromium puts a space before a hidden span's text when
            // it starts with punctuation ("Show in the text : …").
            <button className="app-link-button" type="button" aria-label={`Show in the text: ${shortQuote(thread.anchor.quote, 40)}`} onClick={() => showInText(thread.anchor!.quote)}>
              Show in the text
            </button>
          )}
          {canComment && !thread.resolved && (
            <button className="app-link-button" type="button" ref={replyButton} onClick={() => setReplying(true)}>
              Reply<span className="nhsuk-u-visually-hidden"> to {about}</span>
            </button>
          )}
          {canResolve && (
            <button className="app-link-button" type="button" onClick={() => setResolved(!thread.resolved)}>
              {thread.resolved ? 'Reopen' : 'Resolve'}
              <span className="nhsuk-u-visually-hidden"> {about}</span>
            </button>
          )}
        </p>
      )}
    </li>
  );
}
