import { Component, useEffect, useMemo, useState, type ErrorInfo, type ReactNode } from 'react';
import { contentProblem } from '@quorum/section-content/content-check';
import { CONTENT_FIELD, type LiveSection } from '../live/live-section';

interface SectionTextProblemProps {
  /** What is wrong, when known, in the words of the content check. */
  detail?: string;
  canEdit: boolean;
  /** The way to an earlier revision: a button that opens the revision history, or a link to it. */
  action: ReactNode;
}

/**
 * In place of a section's text that the editor cannot show: what happened, in plain words, and
 * the way to restore a revision. Only this section is affected; the rest of the page works.
 */
export function SectionTextProblem({ detail, canEdit, action }: SectionTextProblemProps) {
  return (
    <div className="nhsuk-error-summary" role="alert" aria-labelledby="section-text-problem-title" data-testid="section-text-problem">
      <h3 className="nhsuk-error-summary__title" id="section-text-problem-title">
        This section’s text could not be shown
      </h3>
      <div className="nhsuk-error-summary__body">
        <p>Part of the text is stored in a form the editor cannot read, so it is not shown here rather than shown wrongly. The rest of the entry is not affected.</p>
        {detail && <p className="nhsuk-hint">What the editor found: {detail}</p>}
        <p>
          {canEdit
            ? 'Restoring an earlier revision brings the text back in a form the editor can show. The current text is kept as a revision first.'
            : 'Someone who edits this entry can restore an earlier revision.'}
        </p>
        {action}
      </div>
    </div>
  );
}

/**
 * Why the section's live text cannot be shown (content stored before the server checked
 * updates), or null. Checked once it has synced; while there is a problem, again at every
 * change, so that the editor comes back as soon as someone restores a revision. (The server
 * refuses such content now, so text that is fine stays fine.)
 */
export function useContentProblem(live: LiveSection | null, ready: boolean): string | null {
  const [changes, setChanges] = useState(0);
  // `changes` is read by no one here: bumping it is what makes the check run again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const problem = useMemo(() => (live && ready ? contentProblem(live.doc.getXmlFragment(CONTENT_FIELD)) : null), [live, ready, changes]);
  useEffect(() => {
    if (!live || !problem) return;
    const changed = () => setChanges((n) => n + 1);
    live.doc.on('update', changed);
    return () => live.doc.off('update', changed);
  }, [live, problem]);
  return problem;
}

interface BoundaryProps {
  /** What to show instead of the children after they failed to render; `retry` renders them again. */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/**
 * Keeps a failure to render a section's text (the editor or its read-only view) to that part of
 * the page: without it, React unmounts the whole app and the page goes blank.
 */
export class SectionTextBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('The section text could not be shown:', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}
