import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { problemsFrom } from '../forms/api-errors';
import { SectionDiffQuery } from './operations';

interface Props {
  sectionId: string;
  revisionId: string;
  /** When the revision was saved, as shown in the history. */
  saved: string;
  onClose(): void;
}

const names = (authors: { name: string }[]) => authors.map((a) => a.name).join(', ');

/**
 * A revision compared with the current text, word by word (`Section.diff`). Insertions and
 * deletions are <ins> and <del> (styled, and each says "inserted" or "deleted" to screen
 * readers, which do not announce the elements themselves), with who edited in between.
 */
export function RevisionCompare({ sectionId, revisionId, saved, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, loading, error } = useQuery(SectionDiffQuery, { variables: { sectionId, from: revisionId }, fetchPolicy: 'network-only' });
  useEffect(() => heading.current?.focus(), []);
  const parts = data?.section?.diff ?? [];
  const changes = parts.filter((p) => p.op !== 'EQUAL').length;

  return (
    <section className="app-revision-compare" aria-labelledby="revision-compare-heading" data-testid="revision-compare">
      <h3 className="nhsuk-heading-s" id="revision-compare-heading" ref={heading} tabIndex={-1}>
        Changes from the revision saved {saved} to the current text
      </h3>
      {loading && <p className="nhsuk-body">Comparing…</p>}
      {error && <p className="nhsuk-error-message">{problemsFrom(error)[0].message}</p>}
      {data && (
        <>
          <p className="nhsuk-body-s">
            {changes === 0 ? 'No changes: the current text is the same.' : `${changes} change${changes === 1 ? '' : 's'}. Inserted text is underlined, deleted text struck through.`}
          </p>
          {/* Focusable so that a keyboard user can scroll a long comparison (axe: scrollable-region-focusable). */}
          {/* With no changes there is nothing to compare: the revision itself is shown beside this, so its text is not repeated. */}
          {changes > 0 && (
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            <div className="app-revision-compare__text" tabIndex={0} role="region" aria-label="Compared text" style={{ whiteSpace: 'pre-wrap' }}>
              {parts.map((part, i) =>
                part.op === 'INSERT' ? (
                  <ins key={i} title={part.authors.length ? `Edited by ${names(part.authors)}` : undefined}>
                    <span className="nhsuk-u-visually-hidden"> [inserted{part.authors.length ? ` by ${names(part.authors)}` : ''}: </span>
                    {part.text}
                    <span className="nhsuk-u-visually-hidden">] </span>
                  </ins>
                ) : part.op === 'DELETE' ? (
                  <del key={i} title={part.authors.length ? `Edited by ${names(part.authors)}` : undefined}>
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
