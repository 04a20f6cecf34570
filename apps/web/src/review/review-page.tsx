import { useRef } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/use-session';
import { useCommentPassages } from '../comments/comment-passages';
import { CommentsPanel } from '../comments/comments-panel';
import { colourFor } from '../editor/caret';
import { SectionEditor } from '../editor/section-editor';
import { EntryHeader } from '../entries/entry-header';
import { useEntryWorkspace } from '../entries/use-entry-workspace';
import { LoadFailed, Loading } from '../layout/loading';
import { useFocusOnArrival } from '../layout/page-heading';
import { useLiveSection } from '../live/use-live-section';
import { SignOffPanel } from '../sign-off/sign-off-panel';
import { reviewPath } from './review-landing';
import { TextSizeControl, useTextSize, type TextSize } from './text-size';

const NOT_FOUND = 'We could not find that entry. It may have been deleted, or you may not be a member of its team. Ask its lead to invite you.';

interface ReviewSection {
  id: string;
  position: number;
  title: string;
  wordLimit: number;
}

/** The sections as the NHS contents list: the one being read is marked, not linked. */
function Contents({ entryId, sections, currentId }: { entryId: string; sections: ReviewSection[]; currentId: string }) {
  return (
    <nav className="nhsuk-contents-list app-review__contents" aria-label="Sections">
      <h2 className="nhsuk-u-visually-hidden">Sections</h2>
      <ol className="nhsuk-contents-list__list">
        {sections.map((s) => (
          <li className="nhsuk-contents-list__item" key={s.id} aria-current={s.id === currentId ? 'page' : undefined}>
            {s.id === currentId ? (
              <span className="nhsuk-contents-list__current">{s.title}</span>
            ) : (
              <Link className="nhsuk-contents-list__link" to={reviewPath(entryId, s.id)}>
                {s.title}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

const Arrow = ({ way }: { way: 'left' | 'right' }) => (
  <svg className={`nhsuk-icon nhsuk-icon--arrow-${way}`} xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" focusable="false" aria-hidden="true">
    <path d={way === 'left' ? 'M10.7 6.3c.4.4.4 1 0 1.4L7.4 11H19a1 1 0 0 1 0 2H7.4l3.3 3.3c.4.4.4 1 0 1.4a1 1 0 0 1-1.4 0l-5-5A1 1 0 0 1 4 12c0-.3.1-.5.3-.7l5-5a1 1 0 0 1 1.4 0Z' : 'm14.7 6.3 5 5c.2.2.3.4.3.7 0 .3-.1.5-.3.7l-5 5a1 1 0 0 1-1.4-1.4l3.3-3.3H5a1 1 0 0 1 0-2h11.6l-3.3-3.3a1 1 0 1 1 1.4-1.4Z'} />
  </svg>
);

/** Previous and next section, as NHS pagination. */
function Pagination({ entryId, previous, next }: { entryId: string; previous?: ReviewSection; next?: ReviewSection }) {
  if (!previous && !next) return null;
  return (
    <nav className="nhsuk-pagination" aria-label="Previous and next section">
      <ul className="nhsuk-list nhsuk-pagination__list">
        {previous && (
          <li className="nhsuk-pagination-item--previous">
            <Link className="nhsuk-pagination__link nhsuk-pagination__link--prev" to={reviewPath(entryId, previous.id)} rel="prev">
              <span className="nhsuk-pagination__title">
                Previous<span className="nhsuk-u-visually-hidden"> section</span>
              </span>
              <span className="nhsuk-u-visually-hidden">: </span>
              <span className="nhsuk-pagination__page">{previous.title}</span>
              <Arrow way="left" />
            </Link>
          </li>
        )}
        {next && (
          <li className="nhsuk-pagination-item--next">
            <Link className="nhsuk-pagination__link nhsuk-pagination__link--next" to={reviewPath(entryId, next.id)} rel="next">
              <span className="nhsuk-pagination__title">
                Next<span className="nhsuk-u-visually-hidden"> section</span>
              </span>
              <span className="nhsuk-u-visually-hidden">: </span>
              <span className="nhsuk-pagination__page">{next.title}</span>
              <Arrow way="right" />
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** One section to read: its live text, large and read-only, its comments beside it, and its sign-off below. */
function SectionToReview({ entryId, section, count, size }: { entryId: string; section: ReviewSection; count: number; size: TextSize }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { me } = useMe();
  // Read-only here whatever the role: review mode is for reading; the workspace is for writing.
  const { live, state } = useLiveSection(section.id, false);
  const passages = useCommentPassages(section.id);
  useFocusOnArrival(heading, section.id);

  return (
    <div className="nhsuk-grid-row app-review">
      <section className="nhsuk-grid-column-two-thirds app-review__main" aria-labelledby="section-heading">
        <h2 className="nhsuk-heading-l" id="section-heading" ref={heading} tabIndex={-1}>
          <span className="nhsuk-caption-m">
            Section {section.position + 1} of {count}
            <span className="nhsuk-u-visually-hidden"> – </span>
          </span>
          <span id="section-title">{section.title}</span>
        </h2>
        <p className="nhsuk-hint" id="section-word-limit">
          Word limit: {section.wordLimit} words. The text updates as others write. To comment on particular words, select them.
        </p>
        <div className={`app-review__text app-review__text--${size}`} data-testid="review-text">
          {live && state.ready ? (
            <SectionEditor
              key={section.id}
              live={live}
              state={state}
              canEdit={false}
              wordLimit={section.wordLimit}
              titleId="section-title"
              limitId="section-word-limit"
              user={{ name: me?.name ?? 'Someone', color: colourFor(me?.id ?? '') }}
              extensions={passages.extensions}
            />
          ) : (
            <p className="nhsuk-body app-editor-loading" role="status">
              {state.error ?? 'Loading the section’s text…'}
            </p>
          )}
        </div>
        {/* Sign-off: the section's slots and, for roles that fill one, the form; `doc` lets it see edits. */}
        <SignOffPanel entryId={entryId} sectionId={section.id} doc={live?.doc} />
      </section>
      <div className="nhsuk-grid-column-one-third app-review__comments">
        <CommentsPanel entryId={entryId} sectionId={section.id} passages={passages} />
      </div>
    </div>
  );
}

/**
 * Review mode: the entry as a clean read view (large, adjustable text, no editor controls),
 * with comments and sign-off. Where patient representatives and observers land; anyone can
 * open it from the workspace.
 */
export function ReviewPage() {
  const { entryId = '', sectionId } = useParams();
  const { entry, loading, error } = useEntryWorkspace(entryId);
  const [size, setSize] = useTextSize();
  if (loading) return <Loading what="entry" />;
  if (!entry) return <LoadFailed error={error} notFound={NOT_FOUND} />;

  const index = Math.max(0, entry.sections.findIndex((s) => s.id === sectionId));
  const section = entry.sections[index];
  return (
    <>
      <EntryHeader entry={entry} page={`Review: ${section?.title ?? 'Sections'}`} caption={`Review – ${entry.template.name}`} />
      <div className="app-review__tools">
        <TextSizeControl value={size} onChange={setSize} />
        {section && (
          <p className="nhsuk-body app-review__workspace">
            <Link className="nhsuk-link" to={`/entries/${entry.id}/sections/${section.id}`}>
              {entry.abilities.canEdit ? 'Edit this section' : 'Guidance, criteria and history of this section'}
            </Link>
          </p>
        )}
      </div>
      <Contents entryId={entry.id} sections={entry.sections} currentId={section?.id ?? ''} />
      {section ? (
        <>
          <SectionToReview entryId={entry.id} section={section} count={entry.sections.length} size={size} />
          <Pagination entryId={entry.id} previous={entry.sections[index - 1]} next={entry.sections[index + 1]} />
        </>
      ) : (
        <p className="nhsuk-body">This entry has no sections.</p>
      )}
    </>
  );
}
