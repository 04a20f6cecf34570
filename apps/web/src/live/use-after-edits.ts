import { useEffect } from 'react';
import type * as Y from 'yjs';

/**
 * Calls `then` once a section's document has been quiet for `settleMs` after an edit (anyone's):
 * views computed on the server from the text (sign-off status, criteria's passages) are read
 * again when typing pauses, not on every keystroke.
 */
export function useAfterEdits(doc: Pick<Y.Doc, 'on' | 'off'> | null | undefined, settleMs: number, then: () => unknown): void {
  useEffect(() => {
    if (!doc) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void then(), settleMs);
    };
    doc.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      doc.off('update', onUpdate);
    };
  }, [doc, settleMs, then]);
}
