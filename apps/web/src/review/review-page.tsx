import { useRef } from 'react';
import { Link, useParams } from 'react-router';
import { useCommentPassages } from '../comments/comment-passages';
import { CommentsPanel } from '../comments/comments-panel';
import { LiveSectionText } from '../editor/live-section-text';
import { EntryHeader } from '../entries/entry-header';
import { SectionHeading } from '../entries/section-heading';
import { useEntryWorkspace } from '../entries/use-entry-workspace';
import { LoadFailed, Loading } from '../layout/loading';
import { useFocusOnArrival } from '../layout/page-heading';
import type { EntryPresence } from '../live/entry-presence';
import { useEntryPresence, useSectionPresence } from '../live/use-entry-presence';
import { useLiveSection } from '../live/use-live-section';
import { SignOffPanel } from '../sign-off/sign-off-panel';
import { Contents, Pagination, type ReviewSection } from './review-navigation';
import { TextSizeControl, useTextSize, type TextSize } from './text-size';

const NOT_FOUND = 'We could not find that entry. It may have been deleted, or you may not be a member of its team. Ask its lead to invite you.';

/** One section to read: its live text, large and read-only, its comments beside it, and its sign-off below. */
function SectionToReview({ entryId, section, count, size, presence }: { entryId: string; section: ReviewSection; count: number; size: TextSize; presence: EntryPresence | null }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Read-only here whatever the role: review mode is for reading; the workspace is for writing.
  const { live, state } = useLiveSection(section.id, false);
  // The writers see who is reading which section.
  useSectionPresence(presence, section.id, live);
  const passages = useCommentPassages(section.id);
  const text = useRef<HTMLDivElement>(null);
  useFocusOnArrival(heading, section.id);

  return (
    <div className={`nhsuk-grid-row app-review app-review--${size}`}>
      <section className="nhsuk-grid-column-two-thirds app-review__main" aria-labelledby="section-heading">
        <SectionHeading ref={heading} position={section.position} count={count} title={section.title} size="l" />
        <p className="nhsuk-hint" id="section-word-limit">
          Word limit: {section.wordLimit} words. The text updates as others write. To comment on particular words, select them.
        </p>
        <div className="app-review__text" data-testid="review-text" ref={text}>
          <LiveSectionText
            key={section.id}
            live={live}
            state={state}
            canEdit={false}
            wordLimit={section.wordLimit}
            extensions={passages.extensions}
            restoreAction={
              <p className="nhsuk-body">
                <Link className="nhsuk-link" to={`/entries/${entryId}/sections/${section.id}`}>
                  See this section’s revisions in the workspace
                </Link>
              </p>
            }
          />
        </div>
        {/* Sign-off: the section's slots and, for roles that fill one, the form; `doc` lets it see edits. */}
        <SignOffPanel entryId={entryId} sectionId={section.id} doc={live?.doc} />
      </section>
      <div className="nhsuk-grid-column-one-third app-review__comments">
        <CommentsPanel entryId={entryId} sectionId={section.id} passages={passages} text={text} />
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
  const { presence } = useEntryPresence(entryId);
  if (loading) return <Loading what="entry" />;
  if (!entry) return <LoadFailed error={error} notFound={NOT_FOUND} />;

  const index = Math.max(
    0,
    entry.sections.findIndex((s) => s.id === sectionId),
  );
  const section = entry.sections[index];
  return (
    <>
      <EntryHeader entry={entry} page={`Review: ${section?.title ?? 'Sections'}`} captionPrefix="Review – " />
      <div className="app-review__tools">
        <TextSizeControl value={size} onChange={setSize} />
        {section && (
          <p className="nhsuk-body app-review__workspace">
            <Link className="nhsuk-link" to={`/entries/${entry.id}/sections/${section.id}`}>
              {entry.abilities.canEdit ? 'Edit this section' : entry.abilities.canSuggest ? 'Suggest changes to this section' : 'Guidance, criteria and history of this section'}
            </Link>
          </p>
        )}
      </div>
      <Contents entryId={entry.id} sections={entry.sections} currentId={section?.id ?? ''} />
      {section ? (
        <>
          <SectionToReview entryId={entry.id} section={section} count={entry.sections.length} size={size} presence={presence} />
          <Pagination entryId={entry.id} previous={entry.sections[index - 1]} next={entry.sections[index + 1]} />
        </>
      ) : (
        <p className="nhsuk-body">This entry has no sections.</p>
      )}
    </>
  );
}
