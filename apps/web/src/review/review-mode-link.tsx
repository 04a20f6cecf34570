import { Link } from 'react-router';
import { reviewPath } from './review-landing';

/** From the workspace to the same section in review mode. */
export function ReviewModeLink({ entryId, sectionId }: { entryId: string; sectionId: string }) {
  return (
    <p className="nhsuk-body app-review-link">
      <Link className="nhsuk-link" to={reviewPath(entryId, sectionId)}>
        Read this section in review mode
      </Link>{' '}
      – large text, comments and sign-off, without the editor
    </p>
  );
}
