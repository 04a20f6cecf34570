import { useState } from 'react';
import { formatDateTime } from '../format';
import { problemsFrom } from '../forms/api-errors';
import { useAuditLog } from './use-activity';

/**
 * The entry's audit log for the lead and managers, folded away under the history: every
 * record, including members' log-ins and API tokens, which the team's history leaves out.
 * Read only once opened.
 */
export function AuditLog({ entryId }: { entryId: string }) {
  const [open, setOpen] = useState(false);
  const log = useAuditLog(entryId, open);
  return (
    <details className="nhsuk-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">The audit log (lead and managers only)</span>
      </summary>
      <div className="nhsuk-details__text">
        <p className="nhsuk-body">Every record of the entry’s tamper-evident log, newest first, including members’ log-ins and API tokens.</p>
        {log.loading && <p className="nhsuk-body">Loading the audit log…</p>}
        {log.error && <p className="nhsuk-error-message">{problemsFrom(log.error)[0].message}</p>}
        {log.records.length > 0 && (
          <ol className="app-activity" data-testid="audit-log" aria-label="Audit log, newest first">
            {log.records.map((record) => (
              <li className="app-activity__item" key={record.id}>
                <p className="app-activity__what">{record.summary}</p>
                <p className="app-activity__meta">
                  Record {record.seq}, <time dateTime={record.createdAt}>{formatDateTime(record.createdAt)}</time>
                </p>
              </li>
            ))}
          </ol>
        )}
        {log.hasMore && (
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => void log.showOlder()}>
            Show older records
          </button>
        )}
      </div>
    </details>
  );
}
