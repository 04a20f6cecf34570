import { useEffect, useState, type RefObject } from 'react';
import { besideText } from './margin-layout';

interface CommentsJumpProps {
  /** The text's column and the comments panel: the bar shows only while one is on screen and the other is not. */
  text: RefObject<HTMLElement | null> | undefined;
  panel: RefObject<HTMLElement | null>;
  openCount: number;
  /** The thread whose passage was last chosen in the text, with its words, if any. */
  picked: { id: string; quote: string } | null;
  toComments: () => void;
  toThread: (id: string) => void;
  toText: () => void;
}

type Showing = 'to-comments' | 'to-text' | null;

/**
 * On narrow screens, where the comments come after the whole text: a bar at the foot of the
 * screen, a tap from them ("Comments (3 open)", or "Show the comment" on a passage just tapped)
 * and back ("Back to the text"). The bar sits in the panel, so that Tab reaches it after the text. Hidden while both are on screen, while the comments stand
 * beside the text, and while someone types (over a phone's keyboard it would hide the line).
 * Keyboard and screen-reader users have the same order without it: the comments follow the text.
 */
export function CommentsJump({ text, panel, openCount, picked, toComments, toThread, toText }: CommentsJumpProps) {
  const [showing, setShowing] = useState<Showing>(null);
  const [typing, setTyping] = useState(false);

  useEffect(() => {
    const textBox = text?.current;
    const panelBox = panel.current;
    if (!textBox || !panelBox || typeof IntersectionObserver === 'undefined') return;
    const inView = new Map<Element, boolean>();
    const decide = () => {
      if (besideText(textBox, panelBox)) return setShowing(null);
      const textShown = !!inView.get(textBox);
      const panelShown = !!inView.get(panelBox);
      setShowing(textShown && !panelShown ? 'to-comments' : panelShown && !textShown ? 'to-text' : null);
    };
    const seen = new IntersectionObserver((entries) => {
      for (const entry of entries) inView.set(entry.target, entry.isIntersecting);
      decide();
    });
    seen.observe(textBox);
    seen.observe(panelBox);
    window.addEventListener('resize', decide);
    // Typing in the text: the focus is in its editable part.
    const focusIn = (event: FocusEvent) => setTyping(event.target instanceof HTMLElement && event.target.isContentEditable);
    const focusOut = () => setTyping(false);
    textBox.addEventListener('focusin', focusIn);
    textBox.addEventListener('focusout', focusOut);
    return () => {
      seen.disconnect();
      window.removeEventListener('resize', decide);
      textBox.removeEventListener('focusin', focusIn);
      textBox.removeEventListener('focusout', focusOut);
    };
  }, [text, panel]);

  // A passage just tapped is worth the space even while typing: it is what the bar offers. With
  // no open comments there is nothing to go to (a new one starts from "Comment" by the selection).
  if (!showing || (typing && !(showing === 'to-comments' && picked)) || (showing === 'to-comments' && !picked && openCount === 0)) return null;
  return (
    <div className="app-comments-jump" data-testid="comments-jump">
      {showing === 'to-text' ? (
        <button type="button" className="app-comments-jump__button" onClick={toText}>
          Back to the text
        </button>
      ) : picked ? (
        <button type="button" className="app-comments-jump__button" onClick={() => toThread(picked.id)}>
          Show the comment<span className="nhsuk-u-visually-hidden"> on “{picked.quote}”</span>
        </button>
      ) : (
        <button type="button" className="app-comments-jump__button" onClick={toComments}>
          Comments ({openCount} open)
        </button>
      )}
    </div>
  );
}
