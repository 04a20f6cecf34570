import { useRef, useState } from 'react';
import { useMe } from '../auth/use-session';
import { CommentButton } from '../comments/comment-button';
import { CommentsPanel } from '../comments/comments-panel';
import { useCommentPassages } from '../comments/comment-passages';
import { LiveSectionText } from '../editor/live-section-text';
import { FiguresPanel } from '../figures/figures-panel';
import { useFocusOnArrival } from '../layout/page-heading';
import { useHashTarget } from '../layout/use-hash-target';
import type { EntryPresence, PersonHere } from '../live/entry-presence';
import { useSectionPresence } from '../live/use-entry-presence';
import { AlsoInSection } from '../presence/people-here';
import { RevisionHistory } from '../revisions/revision-history';
import { SignOffPanel } from '../sign-off/sign-off-panel';
import { SuggestionsBeside } from '../suggestions/suggestions-beside';
import { useSectionSuggesting } from '../suggestions/use-section-suggesting';
import { SectionGuide } from './section-guide';
import { SectionHeading } from './section-heading';

interface ViewSection {
  id: string;
  position: number;
  title: string;
  guidance: string;
  wordLimit: number;
  criteria: { id: string; text: string }[];
}

interface SectionViewProps {
  entryId: string;
  section: ViewSection;
  count: number;
  canEdit: boolean;
  presence: EntryPresence | null;
  people: PersonHere[];
}

export function SectionView({ entryId, section, count, canEdit, presence, people }: SectionViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const textColumn = useRef<HTMLDivElement>(null);
  const { me } = useMe();
  // Roles that may suggest (patient representatives among them) get the editor, kept in Suggesting
  // mode; an editor of a signed section is told whose approvals typing would void and starts there.
  const { live, state, suggesting, list, people: suggesters } = useSectionSuggesting(entryId, section.id, canEdit);
  const canSuggest = suggesting.canSuggest;
  // Whose approvals typing would void stands beside the text, so the text still starts on the first screen.
  const { notice: signedNotice, ...inEditor } = suggesting;
  // Between the comments panel and the editor: highlighted passages, the selection to comment on.
  const passages = useCommentPassages(section.id);
  // Choosing another section is a move to new content: start there.
  useFocusOnArrival(heading, section.id);
  // A link to a part of the section (its sign-off form, its criteria) lands there instead.
  useHashTarget(section.id);

  useSectionPresence(presence, section.id, live);
  // "This section's text could not be shown" opens the revision history, to restore one.
  const [revisionRequests, setRevisionRequests] = useState(0);
  const restoreAction = (
    <p className="nhsuk-body">
      <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" onClick={() => setRevisionRequests((n) => n + 1)}>
        {canEdit ? 'Restore an earlier revision' : 'See the revision history'}
      </button>
    </p>
  );

  return (
    <section className="app-section" aria-labelledby="section-heading" data-skip-target>
      <SectionHeading ref={heading} position={section.position} count={count} title={section.title} size="m" />
      {/* The text comes straight after the heading on every screen; its limit is said in the count under it, and to screen readers here. */}
      <p className="nhsuk-u-visually-hidden" id="section-word-limit">
        Word limit: {section.wordLimit} words
      </p>
      {!canEdit && !canSuggest && <p className="nhsuk-body">Your role can read this section but not change it. The text updates as others write.</p>}
      {/* Reading and Tab order as on screen: the text (then "Comment" by a selection, the folded guidance and criteria), then its comments (beside it on wide screens, under it on narrow ones), then sign-off and history. */}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds app-section__text" ref={textColumn}>
          <LiveSectionText
            key={`${section.id}-${canEdit}`}
            live={live}
            state={state}
            canEdit={canEdit}
            suggesting={inEditor}
            wordLimit={section.wordLimit}
            extensions={passages.extensions}
            restoreAction={restoreAction}
            figuresFrom={entryId}
          />
          <CommentButton passages={passages} around={textColumn} />
          <AlsoInSection people={people} sectionId={section.id} myId={me?.id} />
          <SectionGuide section={section} linking={{ entryId, sectionId: section.id, passages, doc: live?.doc }} />
        </div>
        <div className="nhsuk-grid-column-one-third app-workspace__comments">
          {signedNotice}
          <SuggestionsBeside
            sectionId={section.id}
            live={live}
            suggestions={list.suggestions}
            total={list.total}
            loaded={list.loaded}
            canDecide={canEdit}
            canComment={suggesters.canComment}
            canSuggest={canSuggest}
            readAgain={list.refetch}
          />
          <FiguresPanel sectionId={section.id} live={live} canEdit={canEdit} />
          <CommentsPanel entryId={entryId} sectionId={section.id} passages={passages} text={textColumn} />
        </div>
      </div>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <SignOffPanel entryId={entryId} sectionId={section.id} doc={live?.doc} />
          <RevisionHistory entryId={entryId} sectionId={section.id} canEdit={canEdit} openRequests={revisionRequests} />
        </div>
      </div>
    </section>
  );
}
