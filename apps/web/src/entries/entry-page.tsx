import { useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { LoadFailed, Loading } from '../layout/loading';
import { useEntryPresence } from '../live/use-entry-presence';
import { PeopleHere } from '../presence/people-here';
import { landsInReview, reviewPath } from '../review/review-landing';
import { useMe } from '../auth/use-session';
import type { FormError } from '../forms/error-summary';
import { ReviewModeLink } from '../review/review-mode-link';
import { WorkflowControls } from '../sign-off/workflow-controls';
import { EntryHeader } from './entry-header';
import { SectionList } from './section-list';
import { SectionView } from './section-view';
import { useEntryWorkspace } from './use-entry-workspace';

const NO_ERRORS: FormError[] = [];
const NOT_FOUND = 'We could not find that entry. It may have been deleted, or you may not be a member of its team. Ask its lead to invite you.';

export function EntryPage() {
  const { entryId = '', sectionId } = useParams();
  const { entry, loading, error } = useEntryWorkspace(entryId);
  const { presence, people } = useEntryPresence(entryId);
  const { me } = useMe();
  // The lead's workflow controls sit beside the text here (so that the text starts on the first screen); their refusals go to the header's error summary.
  const [workflowErrors, setWorkflowErrors] = useState<FormError[]>(NO_ERRORS);
  if (loading) return <Loading what="entry" />;
  if (!entry) return <LoadFailed error={error} notFound={NOT_FOUND} />;
  // Patient representatives and observers start in review mode; a section's own address still opens here.
  if (!sectionId && landsInReview(entry.viewerRole)) return <Navigate to={reviewPath(entry.id)} replace />;

  const section = entry.sections.find((s) => s.id === sectionId) ?? entry.sections[0];
  return (
    <>
      <EntryHeader entry={entry} page={section?.title ?? 'Sections'} focusTitle={!section} workflow={false} errors={workflowErrors} />
      {/* The section first, in reading and Tab order (and first on a phone); the list of sections and who is here beside it on wide screens, after it on narrow ones. */}
      <div className="nhsuk-grid-row app-workspace">
        <div className="nhsuk-grid-column-three-quarters">
          {section ? (
            <SectionView entryId={entry.id} section={section} count={entry.sections.length} canEdit={entry.abilities.canEdit} presence={presence} people={people} />
          ) : (
            <p className="nhsuk-body">This entry has no sections.</p>
          )}
        </div>
        <div className="nhsuk-grid-column-one-quarter">
          <WorkflowControls entryId={entry.id} onErrors={setWorkflowErrors} />
          {section && <ReviewModeLink entryId={entry.id} sectionId={section.id} />}
          <SectionList entryId={entry.id} sections={entry.sections} currentId={section?.id ?? ''} />
          <PeopleHere people={people} sections={entry.sections} myId={me?.id} />
        </div>
      </div>
    </>
  );
}
