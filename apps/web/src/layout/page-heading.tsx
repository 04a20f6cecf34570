import { createContext, useContext, useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useLocation } from 'react-router';

/** Set on a route change; the next heading to mount (once its data has loaded) takes focus. */
export const FocusRequest = createContext<{ pending: boolean }>({ pending: false });

/**
 * Focuses `ref` if a route change is waiting for a heading: when the component mounts, and
 * again whenever `key` changes (a section heading on the same page, say).
 */
export function useFocusOnArrival(ref: RefObject<HTMLElement | null>, key?: string, enabled = true) {
  const request = useContext(FocusRequest);
  useEffect(() => {
    if (!enabled || !request.pending) return;
    request.pending = false;
    ref.current?.focus();
  }, [request, ref, key, enabled]);
}

const SITE = 'Quorum';

/**
 * The page's h1 and document title. After moving to another page, focus goes to the new h1,
 * so that keyboard and screen reader users start at the new content (WCAG 2.4.3).
 */
interface PageHeadingProps {
  children: ReactNode;
  /** For the document title. */
  title: string;
  caption?: string;
  /** The page shows an error summary: the document title then starts with "Error:". */
  error?: boolean;
  /**
   * What makes this a new page for focus: the address by default. A page whose address changes
   * within it (an entry's sections) passes its own, and moves focus to its own headings.
   */
  focusKey?: string;
  /** False when another heading on the page takes focus on arrival (an entry's section heading). */
  takesFocus?: boolean;
}

export function PageHeading({ children, title, caption, error = false, focusKey, takesFocus = true }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  useFocusOnArrival(ref, focusKey ?? pathname, takesFocus);
  useEffect(() => {
    document.title = `${error ? 'Error: ' : ''}${title} – ${SITE}`;
  }, [title, error]);

  return (
    <h1 className="nhsuk-heading-l" ref={ref} tabIndex={-1}>
      {caption && (
        <span className="nhsuk-caption-l">
          {caption}
          <span className="nhsuk-u-visually-hidden"> – </span>
        </span>
      )}
      {children}
    </h1>
  );
}
