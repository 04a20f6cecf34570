import { useRef } from 'react';
import { Link, useParams } from 'react-router';
import { LiveSectionText } from '../editor/live-section-text';
import { LoadFailed, Loading } from '../layout/loading';
import { useSectionSuggesting } from '../suggestions/use-section-suggesting';
import { EntryHeader } from './entry-header';
import { SectionHeading } from './section-heading';
import { useEntryWorkspace } from './use-entry-workspace';
import { useNear } from './use-near';

const NOT_FOUND = 'We could not find that entry. It may have been deleted, or you may not be a member of its team. Ask its lead to invite you.';

interface WholeSection {
  id: string;
  position: number;
  title: string;
  wordLimit: number;
}

/** The section's live text, mounted only while it is near the screen (see useNear). */
function SectionText({ entryId, section, canEdit, idPrefix }: { entryId: string; section: WholeSection; canEdit: boolean; idPrefix: string }) {
  // As on the section's own page: suggest-only roles suggest, and a signed section warns and starts in Suggesting.
  const { live, state, suggesting } = useSectionSuggesting(entryId, section.id, canEdit);
  return (
    <LiveSectionText
      live={live}
      state={state}
      canEdit={canEdit}
      suggesting={suggesting}
      wordLimit={section.wordLimit}
      idPrefix={idPrefix}
      restoreAction={
        <p className="nhsuk-body">
          <Link className="nhsuk-link" to={`/entries/${entryId}/sections/${section.id}`}>
            See this section’s revisions on its own page
          </Link>
        </p>
      }
    />
  );
}

function Section({ entryId, section, count, canEdit }: { entryId: string; section: WholeSection; count: number; canEdit: boolean }) {
  const textBox = useRef<HTMLDivElement>(null);
  const { near, height } = useNear(textBox);
  // Each section's ids apart from the others' ("section-2-section-text"), since all share the page.
  const idPrefix = `section-${section.position + 1}-`;
  return (
    <section className="app-whole-entry__section" aria-labelledby={`${idPrefix}section-heading`} data-testid="whole-entry-section">
      <SectionHeading position={section.position} count={count} title={section.title} size="m" idPrefix={idPrefix} />
      <p className="nhsuk-u-visually-hidden" id={`${idPrefix}section-word-limit`}>
        Word limit: {section.wordLimit} words
      </p>
      {/* Away from the screen, the room the text took (or a screenful before it was first shown) is kept, so that the page does not jump. */}
      <div className="app-whole-entry__text" ref={textBox} style={near ? undefined : { minHeight: height ?? undefined }}>
        {near ? <SectionText entryId={entryId} section={section} canEdit={canEdit} idPrefix={idPrefix} /> : <p className="nhsuk-body app-editor-loading">The text shows as you reach it.</p>}
      </div>
      <p className="nhsuk-body-s">
        <Link className="nhsuk-link" to={`/entries/${entryId}/sections/${section.id}`}>
          Guidance, comments and sign-off<span className="nhsuk-u-visually-hidden"> for {section.title}</span>
        </Link>
      </p>
    </section>
  );
}

/**
 * The whole entry on one page: every section in order, each its live text (editable for those
 * who edit), as the judges will read it. Guidance, comments and sign-off stay on each section's
 * own page, as do the lead's workflow controls (the text comes first here too). Editors mount as
 * the reader scrolls near them, so a long entry stays quick.
 */
export function WholeEntryPage() {
  const { entryId = '' } = useParams();
  const { entry, loading, error } = useEntryWorkspace(entryId);
  if (loading) return <Loading what="entry" />;
  if (!entry) return <LoadFailed error={error} notFound={NOT_FOUND} />;
  const canEdit = entry.abilities.canEdit;
  return (
    <>
      <EntryHeader entry={entry} page="Whole entry" workflow={false} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds app-whole-entry">
          <p className="nhsuk-body">
            Every section in order, as the judges will read it. {canEdit ? 'You can write in each section here: changes save as you type.' : 'The text updates as others write.'}
          </p>
          {entry.sections.length === 0 && <p className="nhsuk-body">This entry has no sections.</p>}
          {entry.sections.map((section) => (
            <Section key={section.id} entryId={entry.id} section={section} count={entry.sections.length} canEdit={canEdit} />
          ))}
        </div>
      </div>
    </>
  );
}
