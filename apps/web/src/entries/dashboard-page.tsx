/* eslint-disable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role -- NHS.UK's responsive table sets display: block on small screens, which drops a table's implicit roles: its markup restates them. */
import { ROLE_LABELS } from '@quorum/domain';
import { Link } from 'react-router';
import { LoadFailed, Loading } from '../layout/loading';
import { PageHeading } from '../layout/page-heading';
import { WaitingForMe } from '../waiting/waiting-for-me';
import { closingWords } from './closing-line';
import { entryProgress, WordsCell } from './entry-progress';
import { EntryStateTag } from './entry-state-tag';
import { useMyEntries } from './use-my-entries';

const COLUMNS = ['Entry', 'State', 'Words', 'Sign-offs held', 'Open comments', 'Your role'];

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
      {/* My work first; the entries follow under their own heading. */}
      <WaitingForMe />
      <h2 className="nhsuk-heading-m">Entries</h2>
      {entries.length === 0 ? (
        <p className="nhsuk-body">You are not part of any entry yet. Start one, or ask an entry’s lead to invite you.</p>
      ) : (
        // NHS responsive table: on small screens each row becomes a card, each value with its heading.
        <table className="nhsuk-table-responsive" role="table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Entries you are a member of, newest first</caption>
          <thead className="nhsuk-table__head" role="rowgroup">
            <tr className="nhsuk-table__row" role="row">
              {COLUMNS.map((column) => (
                <th className={`nhsuk-table__header${column === 'Open comments' ? ' nhsuk-table__header--numeric' : ''}`} scope="col" role="columnheader" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {entries.map((entry) => {
              const progress = entryProgress(entry.sections);
              const cells = [
                <>
                  <Link className="nhsuk-link" to={`/entries/${entry.id}`}>
                    {entry.title}
                  </Link>
                  {entry.closesAt && <span className="nhsuk-body-s app-closing-line--dashboard">{closingWords(entry.closesAt as string)}</span>}
                </>,
                <EntryStateTag state={entry.state} />,
                <WordsCell entryTitle={entry.title} sections={entry.sections} />,
                progress.slotsNeeded ? `${progress.slotsHeld} of ${progress.slotsNeeded}` : 'None needed',
                progress.openThreads,
                ROLE_LABELS[entry.viewerRole],
              ];
              return (
                <tr className="nhsuk-table__row" role="row" key={entry.id}>
                  {cells.map((cell, i) => {
                    const heading = (
                      <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                        {COLUMNS[i]}{' '}
                      </span>
                    );
                    // The entry's title heads its row.
                    return i === 0 ? (
                      <th className="nhsuk-table__header" scope="row" role="rowheader" key={COLUMNS[i]}>
                        {heading}
                        {cell}
                      </th>
                    ) : (
                      <td className={`nhsuk-table__cell${i === 4 ? ' nhsuk-table__cell--numeric' : ''}`} role="cell" key={COLUMNS[i]}>
                        {heading}
                        {cell}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
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
