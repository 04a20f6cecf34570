import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useCanCommentOnSelection, useSelectedPassage, type CommentPassages } from './comment-passages';

interface CommentButtonProps {
  passages: CommentPassages;
  /** The positioned box around the text that the button is placed in. */
  around: RefObject<HTMLElement | null>;
}

/**
 * "Comment" beside the words selected in the text: opens the new-comment form on them. Next in
 * Tab order after the text (and Ctrl+Alt+M from the text does the same), so it is not only for
 * the mouse. Shown only while words are selected, the reader may comment and the form is not
 * open already.
 */
export function CommentButton({ passages, around }: CommentButtonProps) {
  const selected = useSelectedPassage(passages);
  const canComment = useCanCommentOnSelection(passages);
  const button = useRef<HTMLButtonElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);
  const shown = !!selected && canComment;

  // Below the end of the selection, kept inside the box (and so on screen at any width).
  useLayoutEffect(() => {
    const box = around.current?.getBoundingClientRect();
    const end = shown ? passages.selectionEndBox() : null;
    if (!box || !end) return setPlace(null);
    const width = button.current?.offsetWidth ?? 120;
    setPlace({ top: end.bottom - box.top + 6, left: Math.max(0, Math.min(end.left - box.left - width / 2, box.width - width)) });
  }, [shown, selected, passages, around]);

  if (!shown) return null;
  return (
    <button
      ref={button}
      type="button"
      className="app-comment-button"
      style={place ? { top: place.top, left: place.left } : { visibility: 'hidden' }}
      onMouseDown={(event) => event.preventDefault()} // keep the selection (and focus) in the text until the form opens
      onClick={() => passages.requestComment()}
      aria-keyshortcuts="Control+Alt+M"
      data-testid="comment-on-selection"
    >
      Comment<span className="nhsuk-u-visually-hidden"> on the selected words</span>
    </button>
  );
}
