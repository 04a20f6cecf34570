import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDate } from '../format';
import { EntryClosingDateQuery } from '../reminders/operations';
import { timeLeft } from '../time-left';

/** "Closes 9 December 2026 (13 days left)", as the dashboard and the entry's pages say it. */
export function closingWords(closesAt: string, now = Date.now()): string {
  const left = timeLeft(closesAt, now, 'closed');
  return left === 'closed' ? `Closed on ${formatDate(closesAt)}` : `Closes ${formatDate(closesAt)} (${left})`;
}

/**
 * The entry's closing date with the time left, beside its state at the top of its pages; a lead
 * is pointed to the team page to set or change it (reminders/closing-date.tsx). Its own query,
 * as the workflow controls: nothing shows until it has answered.
 */
export function ClosingLine({ entryId }: { entryId: string }) {
  const { data } = useQuery(EntryClosingDateQuery, { variables: { id: entryId } });
  const entry = data?.entry;
  if (!entry) return null;
  const closesAt = entry.closesAt as string | null;
  const canSet = entry.abilities.canSetClosingDate;
  if (!closesAt && !canSet) return null;
  return (
    <span className="app-closing-line" data-testid="closing-line">
      {closesAt ? closingWords(closesAt) : 'No closing date.'}
      {canSet && (
        <>
          {' '}
          <Link className="nhsuk-link" to={`/entries/${entryId}/team#closing-date-heading`}>
            {closesAt ? (
              <>
                Change<span className="nhsuk-u-visually-hidden"> the closing date</span>
              </>
            ) : (
              'Set a closing date'
            )}
          </Link>
        </>
      )}
    </span>
  );
}
