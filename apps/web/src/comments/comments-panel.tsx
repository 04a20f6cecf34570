import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { problemsFrom } from '../forms/api-errors';
import { useAnnounce } from '../layout/announcer';
import type { CommentPassages } from './comment-passages';
import { CommentThread } from './comment-thread';
import { CommentsJump } from './comments-jump';
import { useMarginLayout } from './margin-layout';
import { NewCommentForm } from './new-comment-form';
import { ALL_THREADS, inTextOrder, shortQuote, useCommentActions, useSectionComments, type Thread } from './use-comments';

interface CommentsPanelProps {
  entryId: string;
  sectionId: string;
  /** The link to the section's text: highlights, selection, "Show in the text". */
  passages: CommentPassages;
  /** The text's column: open threads line up beside their passages while the comments stand beside it. */
  text?: RefObject<HTMLElement | null>;
}

/**
 * The comments on the section being read: open threads in the order of the text, each beside
 * its highlighted passage on wide screens (a bar a tap away on narrow ones), resolved ones
 * folded away, a form for a new one. Live: others' comments arrive without reloading, and are
 * announced.
 */
export function CommentsPanel({ entryId, sectionId, passages, text }: CommentsPanelProps) {
  const announce = useAnnounce();
  // Abilities: who may comment (not observers), and who may resolve others' threads (those who edit).
  const { open: newestFirst, resolved, openCount, resolvedCount, showAll, roles, people, meId, canComment, canResolveAny, loading, error } = useSectionComments(entryId, sectionId);
  const actions = useCommentActions(sectionId);
  const [active, setActive] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const openList = useRef<HTMLOListElement>(null);
  const open = useMemo(() => inTextOrder(newestFirst), [newestFirst]);
  useMarginLayout(openList, text, passages);

  useEffect(() => setActive(null), [sectionId]);

  // After "show all", focus goes to the first thread that was not shown before (open ones are in text order, so it may be anywhere).
  const [revealFrom, setRevealFrom] = useState<{ kind: 'open' | 'resolved'; shown: Set<string> } | null>(null);
  useEffect(() => {
    const list = revealFrom?.kind === 'open' ? open : resolved;
    const first = revealFrom && list.find((t) => !revealFrom.shown.has(t.id));
    if (!first) return;
    document.querySelector<HTMLElement>(`#thread-${first.id} .app-comment`)?.focus();
    setRevealFrom(null);
  }, [revealFrom, open, resolved]);
  const showThread = useCallback((id: string) => {
    setActive(id);
    document.querySelector<HTMLElement>(`#thread-${id} .app-comment`)?.focus();
  }, []);
  const picked = open.find((t) => t.id === active);
  const more = (kind: 'open' | 'resolved', threads: Thread[], total: number) =>
    total > threads.length &&
    (threads.length >= ALL_THREADS ? (
      <p className="nhsuk-body-s">
        Showing the newest {threads.length} of {total} {kind} comments.
      </p>
    ) : (
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        onClick={() => {
          setRevealFrom({ kind, shown: new Set(threads.map((t) => t.id)) });
          showAll(kind);
        }}
      >
        Show all {total} {kind} comments
      </button>
    ));

  // Highlight the open threads' passages (deleted ones have nothing left to highlight).
  const marked = open.flatMap((t) => (t.anchor && !t.anchor.deleted ? [{ id: t.id, start: t.anchor.start, end: t.anchor.end }] : []));
  useEffect(() => passages.setPassages(marked));
  useEffect(() => passages.setActive(active), [passages, active]);
  // The text's side: a click on a passage chooses its thread; so does arrowing into it, which is
  // said (with the key that goes on to the comment, as a click on the thread would).
  const openNow = useRef(open);
  openNow.current = open;
  useEffect(() => {
    passages.onPick = setActive;
    passages.onCaretIn = (id) => {
      const thread = id ? openNow.current.find((t) => t.id === id) : undefined;
      if (!thread) return; // leaving a passage keeps its thread chosen, as the thread's own "Show in the text" does
      setActive(thread.id);
      announce(`Comment by ${thread.author.name} on this passage. Control+Alt+M goes to it.`);
    };
    passages.onOpen = showThread;
    return () => {
      passages.onPick = null;
      passages.onCaretIn = null;
      passages.onOpen = null;
    };
  }, [passages, announce, showThread]);

  const thread = (t: Thread) => (
    <CommentThread
      key={t.id}
      thread={t}
      roles={roles}
      people={people}
      meId={meId}
      canComment={canComment}
      canResolveAny={canResolveAny}
      active={t.id === active}
      actions={actions}
      onShow={(id) => {
        setActive(id);
        return passages.reveal(id);
      }}
      onMoved={(message) => {
        announce(message);
        heading.current?.focus();
      }}
    />
  );

  return (
    <div className="app-comments" data-testid="comments-panel" ref={panel}>
      <h3 className="nhsuk-heading-s app-comments__heading" id="comments-heading" ref={heading} tabIndex={-1}>
        Comments{!loading && !error && <span className="app-comments__count"> ({openCount} open)</span>}
      </h3>
      {loading && <p className="nhsuk-body-s">Loading the comments…</p>}
      {error && <p className="nhsuk-error-message">{problemsFrom(error)[0].message}</p>}
      {!loading &&
        !error &&
        (canComment ? <NewCommentForm key={sectionId} passages={passages} actions={actions} people={people} /> : <p className="nhsuk-body-s">Your role can read comments but not add them.</p>)}
      {!loading &&
        !error &&
        (open.length ? (
          <>
            <ol className="app-comments__list" aria-label="Open comments" data-testid="open-comments" ref={openList}>
              {open.map(thread)}
            </ol>
            {more('open', open, openCount)}
          </>
        ) : (
          <p className="nhsuk-body-s app-comments__none">No open comments on this section.</p>
        ))}
      {resolved.length > 0 && (
        <details className="nhsuk-details app-comments__resolved">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Resolved comments ({resolvedCount})</span>
          </summary>
          <div className="nhsuk-details__text">
            <ol className="app-comments__list" aria-label="Resolved comments" data-testid="resolved-comments">
              {resolved.map(thread)}
            </ol>
            {more('resolved', resolved, resolvedCount)}
          </div>
        </details>
      )}
      {!loading && !error && (
        <CommentsJump
          text={text}
          panel={panel}
          openCount={openCount}
          picked={picked?.anchor ? { id: picked.id, quote: shortQuote(picked.anchor.currentText || picked.anchor.quote) } : null}
          toComments={() => {
            // At the top of the screen, so that the comments, not the text's last lines, fill it.
            heading.current?.scrollIntoView({ block: 'start' });
            heading.current?.focus({ preventScroll: true });
          }}
          toThread={showThread}
          toText={() => {
            const revealed = active !== null && passages.reveal(active);
            if (passages.editable()) {
              if (!revealed) passages.focusText();
              return;
            }
            // Read-only text takes no focus: a screen reader's reading goes on from the section's heading.
            document.getElementById('section-heading')?.focus({ preventScroll: revealed });
          }}
        />
      )}
    </div>
  );
}
