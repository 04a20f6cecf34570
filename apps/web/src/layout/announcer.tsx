import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;
const AnnounceContext = createContext<Announce>(() => {});

/** Says status messages to screen readers through one polite live region (WCAG 4.1.3). */
export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // What is waiting to be said. A second message inside the 50 ms joins the first instead of
  // replacing it: an acceptance followed at once by "sign-offs no longer count" says both.
  const pending = useRef<string[]>([]);
  // An answer that arrives after the page has gone (a save resolving late) announces nothing:
  // its timer would outlive the page.
  const gone = useRef(false);
  const announce = useCallback((text: string) => {
    if (gone.current) return;
    if (!pending.current.includes(text)) pending.current.push(text);
    // Clear first so that the same message twice is still spoken twice.
    setMessage('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(pending.current.splice(0).join(' ')), 50);
  }, []);
  useEffect(() => {
    gone.current = false;
    return () => {
      gone.current = true;
      clearTimeout(timer.current);
    };
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="nhsuk-u-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

export const useAnnounce = () => useContext(AnnounceContext);
