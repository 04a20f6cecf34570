import { useEffect, useRef, useState } from 'react';
import { wordMessage, wordStatus } from './count-words';

// Long enough that a pause in typing, not every keystroke, is what gets announced.
const ANNOUNCE_AFTER_MS = 1500;

/**
 * The NHS character count pattern, counting words: a visible message (also the editor's
 * description), and a polite live region that speaks it after a pause in typing, only while
 * near or over the limit, and once more on coming back under it.
 */
export function WordCount({ id, words, limit, quiet = false, withSuggestions = words }: { id: string; words: number; limit: number; quiet?: boolean; withSuggestions?: number }) {
  const status = wordStatus(words, limit);
  // Pending suggestions count once accepted: the limit applies to the accepted text, as the server counts it.
  const message = wordMessage(words, limit) + (withSuggestions === words ? '' : `; ${withSuggestions} with the suggestions accepted`);
  const [spoken, setSpoken] = useState('');
  // What it said when last checked: nothing is spoken on arrival, only after a change.
  const last = useRef({ message, status });

  useEffect(() => {
    const timer = setTimeout(() => {
      const before = last.current;
      if (before.message === message) return;
      last.current = { message, status };
      if (status !== 'under' || before.status !== 'under') setSpoken(message);
    }, ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [message, status]);

  return (
    <>
      <div id={id} className={`app-word-count app-word-count--${status}`} aria-hidden="true" data-testid="word-count">
        {status === 'over' && <span className="app-word-count__flag">Over the limit: </span>}
        {message}
      </div>
      {/* Quiet for readers: others' typing is not their news. */}
      {!quiet && (
        <div className="nhsuk-u-visually-hidden" aria-live="polite" data-testid="word-count-announcement">
          {spoken}
        </div>
      )}
    </>
  );
}
