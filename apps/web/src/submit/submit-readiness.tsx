import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useEntryEvents } from '../activity/use-entry-events';
import { missingItems } from './missing-items';
import { SubmitReadinessQuery } from './operations';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What the entry still lacks before it can be submitted, each item a link to the place to fix it
 * (the section, its sign-off form, the criterion's section, the metric). Folded, so that the
 * section's text stays near the top of the page; nothing is shown once nothing is missing.
 */
export function SubmitReadiness({ entryId }: { entryId: string }) {
  const { data, refetch } = useQuery(SubmitReadinessQuery, { variables: { id: entryId }, fetchPolicy: 'cache-and-network' });
  // Sign-offs, limits and links change as the team works: read it again when the entry moves or is signed off.
  useEntryEvents(entryId, (event) => {
    if (event.kind === 'WORKFLOW_MOVED' || event.kind.startsWith('SIGN')) void refetch();
  });
  const entry = data?.entry;
  if (!entry || entry.state === 'SUBMITTED') return null;
  const items = missingItems(entryId, entry);
  const notRun = entry.readiness.checksNotRun;
  if (items.length === 0 && notRun.length === 0) return null;
  return (
    <details className="nhsuk-details app-submit-readiness" data-testid="submit-readiness">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          {items.length ? `Before the entry can be submitted: ${plural(items.length, 'thing', 'things')} to do` : 'Before the entry can be submitted: some checks have not run yet'}
        </span>
      </summary>
      <div className="nhsuk-details__text">
        {items.length > 0 && (
          <ul className="nhsuk-list nhsuk-list--bullet" aria-label="Still to do before submission">
            {items.map((item) => (
              <li key={item.key}>
                <Link className="nhsuk-link" to={item.to}>
                  {item.text}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {notRun.length > 0 && <p className="nhsuk-body">Checks that could not run yet: {notRun.join(', ')}.</p>}
      </div>
    </details>
  );
}
