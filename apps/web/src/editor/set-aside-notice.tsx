import { useEffect, useId, useRef } from 'react';
import { useAnnounce } from '../layout/announcer';
import type { SetAside } from '../live/set-aside';

/**
 * Edits the server refused for good were set aside and the section started again from its
 * saved text (live/set-aside.ts): why, and the words that were not saved, ready to copy. It
 * takes focus, since the editor it replaced had it, so that it is read out first.
 */
export function SetAsideNotice({ setAside, onDismiss }: { setAside: SetAside; onDismiss: () => void }) {
  const notice = useRef<HTMLDivElement>(null);
  const words = useRef<HTMLTextAreaElement>(null);
  const announce = useAnnounce();
  const id = useId();
  useEffect(() => notice.current?.focus(), [setAside]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(setAside.unsaved);
      announce('The words that were not saved are copied.');
    } catch {
      // No clipboard access (an insecure address, or refused): select them for the person to copy.
      words.current?.select();
      announce('Words selected. Press Control and C, or Command and C, to copy them.');
    }
  }

  return (
    <div className="nhsuk-warning-callout app-set-aside" role="region" aria-labelledby={`${id}-title`} tabIndex={-1} ref={notice} data-testid="set-aside">
      <h3 className="nhsuk-warning-callout__label" id={`${id}-title`}>
        <span className="nhsuk-u-visually-hidden">Important: </span>Your latest changes were not saved
      </h3>
      <p className="nhsuk-body">{setAside.reason} The section shows its saved text again, so that what you type from now on is saved.</p>
      {setAside.unsaved ? (
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor={`${id}-words`}>
            Words you added that were not saved
          </label>
          <textarea className="nhsuk-textarea" id={`${id}-words`} rows={2} readOnly value={setAside.unsaved} ref={words} data-testid="set-aside-words" />
          <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-2" type="button" onClick={copy}>
            Copy the words
          </button>
        </div>
      ) : (
        <p className="nhsuk-body">No words you added were lost: what was not saved removed or changed words already there.</p>
      )}
      <button className="app-link-button" type="button" onClick={onDismiss}>
        Close this message
      </button>
    </div>
  );
}
