import { ROLE_LABELS } from '@quorum/domain';
import { Link } from 'react-router';
import { LoadFailed, Loading } from '../layout/loading';
import { PageHeading } from '../layout/page-heading';
import { EntryStateTag } from './entry-state-tag';
import { useMyEntries } from './use-my-entries';

export function DashboardPage() {
  const { entries, total, hasMore, showMore, loading, error } = useMyEntries();
  if (loading) return <Loading what="entries" />;
  if (error && !entries.length) return <LoadFailed error={error} notFound="" />;

  return (
    <>
      <PageHeading title="Your entries">Your entries</PageHeading>
      <Link className="nhsuk-button" to="/entries/new">
        Start a new entry
      </Link>
      {entries.length === 0 ? (
        <p className="nhsuk-body">You are not part of any entry yet. Start one, or ask an entry’s lead to invite you.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Entries you are a member of, newest first</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">Entry</th>
              <th className="nhsuk-table__header" scope="col">State</th>
              <th className="nhsuk-table__header" scope="col">Sections</th>
              <th className="nhsuk-table__header" scope="col">Your role</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {entries.map((entry) => (
              <tr className="nhsuk-table__row" key={entry.id}>
                <th className="nhsuk-table__header" scope="row">
                  <Link className="nhsuk-link" to={`/entries/${entry.id}`}>
                    {entry.title}
                  </Link>
                </th>
                <td className="nhsuk-table__cell">
                  <EntryStateTag state={entry.state} />
                </td>
                <td className="nhsuk-table__cell">{entry.sections.length}</td>
                <td className="nhsuk-table__cell">{ROLE_LABELS[entry.viewerRole]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hasMore && (
        <p className="nhsuk-body">
          Showing {entries.length} of {total}.{' '}
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => showMore()}>
            Show more entries
          </button>
        </p>
      )}
    </>
  );
}
