import { useEffect, useLayoutEffect, type RefObject } from 'react';
import type { CommentPassages } from './comment-passages';

/** Whether the comments stand beside the text (wide screens) rather than under it. */
export const besideText = (text: HTMLElement, comments: HTMLElement) => comments.getBoundingClientRect().left >= text.getBoundingClientRect().right - 1;

/**
 * Lines each open thread up with its passage in the text, as Google Docs and Word do in their
 * margins: a thread moves down to its passage's first line, never up, and never over the one
 * before it (so threads in text order stack where passages are close). Only while the comments
 * stand beside the text; under it (narrow screens) the list keeps its plain spacing. Followed as
 * the text changes, the window or the text's width changes, and the threads change.
 *
 * The threads are `list`'s children, each with `data-thread-id`; margins are set on them
 * directly, not through React state, since they follow every keystroke that moves a passage.
 */
export function useMarginLayout(list: RefObject<HTMLElement | null>, text: RefObject<HTMLElement | null> | undefined, passages: CommentPassages): void {
  // After every render of the list: threads added, removed, opened for reply or edited.
  useLayoutEffect(() => layout(list.current, text?.current ?? null, passages));

  useEffect(() => {
    if (!text || typeof ResizeObserver === 'undefined') return; // not beside any text (jsdom has no layout to follow)
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => layout(list.current, text?.current ?? null, passages));
    };
    const stop = passages.onMove(later);
    // The text's box (width, wrapping) and everything above the list in the comments column (suggestions, the new-comment form).
    const resized = new ResizeObserver(later);
    if (text?.current) resized.observe(text.current);
    const column = list.current?.parentElement?.parentElement;
    if (column) resized.observe(column);
    window.addEventListener('resize', later);
    return () => {
      cancelAnimationFrame(frame);
      stop();
      resized.disconnect();
      window.removeEventListener('resize', later);
    };
  }, [list, text, passages]);
}

function layout(list: HTMLElement | null, text: HTMLElement | null, passages: CommentPassages): void {
  if (!list) return;
  // Someone writing a reply or changing a comment: their thread stays put under the cursor.
  if (document.activeElement instanceof HTMLElement && list.contains(document.activeElement) && document.activeElement.matches('textarea, input')) return;
  const threads = [...list.children].filter((child): child is HTMLElement => child instanceof HTMLElement && !!child.dataset.threadId);
  for (const thread of threads) thread.style.marginTop = '';
  if (!text || !threads.length || !besideText(text, list)) return;
  // Measured once with plain spacing, then each pushed down by what it needs beyond the pushes above it.
  const tops = threads.map((thread) => thread.getBoundingClientRect().top);
  const margins = threads.map((thread) => parseFloat(getComputedStyle(thread).marginTop) || 0);
  const passageTops = passages.passageTops();
  let pushed = 0;
  threads.forEach((thread, i) => {
    const passageTop = passageTops.get(thread.dataset.threadId!);
    const extra = passageTop === undefined ? 0 : Math.max(0, passageTop - (tops[i] + pushed));
    if (extra > 0) thread.style.marginTop = `${margins[i] + extra}px`;
    pushed += extra;
  });
}
