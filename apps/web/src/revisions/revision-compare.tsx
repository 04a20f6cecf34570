import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef } from 'react';
import { problemsFrom } from '../forms/api-errors';
import { SectionDiffQuery } from './operations';

/** One end of a comparison: a revision, or (id null) the current text, with the words that name it. */
export interface CompareEnd {
  id: string | null;
  /** e.g. "the revision saved 3 June 2026, 2:05pm", "“Sent to the patient panel” (saved …)", "the current text". */
  label: string;
}

export const CURRENT_TEXT: CompareEnd = { id: null, label: 'the current text' };

interface Props {
  sectionId: string;
  from: CompareEnd;
  to: CompareEnd;
  onClose(): void;
}

const names = (authors: { name: string }[]) => authors.map((a) => a.name).join(', ');

/**
 * Two versions of a section compared word by word (`Section.diff`): any two revisions, or a
 * revision and the current text. Insertions and deletions are <ins> and <del>, underlined and
 * struck through (not told by colour alone), and each says "inserted by …" or "deleted by …" in
 * visually hidden words, since screen readers do not announce the elements themselves. The
 * authors are those the server knows edited the section between the two ends.
 */
export function RevisionCompare({ sectionId, from, to, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const { data, loading, error } = useQuery(SectionDiffQuery, { variables: { sectionId, from: from.id, to: to.id }, fetchPolicy: 'network-only' });
  useEffect(() => heading.current?.focus(), []);
  const parts = data?.section?.diff ?? [];
  const changes = parts.filter((p) => p.op !== 'EQUAL').length;
  const same =
    to.id === null ? 'No changes: the current text is the same.' : from.id === null ? 'No changes: the revision is the same as the current text.' : 'No changes: the two revisions hold the same text.';

  return (
    <section className="app-revision-compare" aria-labelledby={headingId} data-testid="revision-compare">
      <h3 className="nhsuk-heading-s" id={headingId} ref={heading} tabIndex={-1}>
        Changes from {from.label} to {to.label}
      </h3>
      {loading && <p className="nhsuk-body">Comparing…</p>}
      {error && <p className="nhsuk-error-message">{problemsFrom(error)[0].message}</p>}
      {data && (
        <>
          <p className="nhsuk-body-s">{changes === 0 ? same : `${changes} change${changes === 1 ? '' : 's'}. Inserted text is underlined, deleted text struck through.`}</p>
          {/* Focusable so that a keyboard user can scroll a long comparison (axe: scrollable-region-focusable). */}
          {/* With no changes there is nothing to compare: the text is shown elsewhere, so it is not repeated. */}
          {changes > 0 && (
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            <div className="app-revision-compare__text" tabIndex={0} role="region" aria-label="Compared text" style={{ whiteSpace: 'pre-wrap' }}>
              {parts.map((part, i) =>
                part.op === 'INSERT' ? (
                  <ins key={i} title={part.authors.length ? `Inserted; edited by ${names(part.authors)}` : 'Inserted'}>
                    <span className="nhsuk-u-visually-hidden"> [inserted{part.authors.length ? ` by ${names(part.authors)}` : ''}: </span>
                    {part.text}
                    <span className="nhsuk-u-visually-hidden">] </span>
                  </ins>
                ) : part.op === 'DELETE' ? (
                  <del key={i} title={part.authors.length ? `Deleted; edited by ${names(part.authors)}` : 'Deleted'}>
                    <span className="nhsuk-u-visually-hidden"> [deleted{part.authors.length ? ` by ${names(part.authors)}` : ''}: </span>
                    {part.text}
                    <span className="nhsuk-u-visually-hidden">] </span>
                  </del>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </div>
          )}
        </>
      )}
      <button className="app-link-button" type="button" onClick={onClose}>
        Close the comparison
      </button>
    </section>
  );
}
