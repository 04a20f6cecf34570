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
type Typing = 'text' | 'panel' | null;

/**
 * On narrow screens, where the comments come after the whole text: a bar at the foot of the
 * screen, a tap from them ("Comments (3 open)", or "Show the comment" on a passage just tapped)
 * and back ("Back to the text"). The bar sits in the panel, so that Tab reaches it after the text. Hidden while both are on screen, while the comments stand
 * beside the text, while someone writes a comment, and while someone types in the text (over a
 * phone's keyboard it would hide the line) unless they just tapped a passage.
 * Keyboard and screen-reader users have the same order without it: the comments follow the text.
 */
export function CommentsJump({ text, panel, openCount, picked, toComments, toThread, toText }: CommentsJumpProps) {
  const [showing, setShowing] = useState<Showing>(null);
  const [typing, setTyping] = useState<Typing>(null);

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
    // Where someone is typing: in the text, or in a field of the comments (a reply, a new comment).
    const typingIn = (target: EventTarget | null): Typing =>
      !(target instanceof HTMLElement) ? null : textBox.contains(target) && target.isContentEditable ? 'text' : panelBox.contains(target) && target.matches('textarea, input, select') ? 'panel' : null;
    const focusIn = (event: FocusEvent) => setTyping(typingIn(event.target));
    const focusOut = (event: FocusEvent) => setTyping(typingIn(event.relatedTarget));
    document.addEventListener('focusin', focusIn);
    document.addEventListener('focusout', focusOut);
    return () => {
      seen.disconnect();
      window.removeEventListener('resize', decide);
      document.removeEventListener('focusin', focusIn);
      document.removeEventListener('focusout', focusOut);
    };
  }, [text, panel]);

  // Never over a form being filled in. While typing in the text, only a passage just tapped is
  // worth the space (it is what the bar offers). With no open comments there is nothing to go to
  // (a new one starts from "Comment" by the selection).
  if (!showing || typing === 'panel') return null;
  if (showing === 'to-comments' && (picked ? false : typing === 'text' || openCount === 0)) return null;
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
