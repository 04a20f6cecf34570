import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/use-session';
import { EntryHeader } from '../entries/entry-header';
import { Checkbox } from '../evidence/controls';
import { formatDateTime } from '../format';
import { problemsFrom } from '../forms/api-errors';
import { useAnnounce } from '../layout/announcer';
import { LoadFailed, Loading } from '../layout/loading';
import { describeEvent } from './describe-event';
import { useActivityLog, useEntryActivity } from './use-activity';
import { useEntryEvents, type EntryEvent } from './use-entry-events';

const NOT_FOUND = 'We could not find that entry. It may have been deleted, or you may not be a member of its team.';

/** Kinds the audit log records: for those who can read it, these come from the log rather than from the event. */
const AUDITED = new Set<EntryEvent['kind']>(['SIGNED_OFF', 'SIGN_OFF_STALE', 'SIGN_OFF_SLOTS_CHANGED', 'WORKFLOW_MOVED', 'MEMBER_JOINED', 'MEMBER_ROLE_CHANGED', 'MEMBER_REMOVED']);
/** Security records of each member, kept in the log but not what the team did to the entry. */
const ACCOUNT_ACTIONS = new Set(['LOGGED_IN', 'API_TOKEN_CREATED', 'API_TOKEN_REVOKED']);

interface Item {
  key: string;
  at: string;
  text: string;
  sectionId?: string;
}

const sectionOf = (data: string): string | undefined => {
  try {
    const parsed = JSON.parse(data) as { sectionId?: unknown };
    return typeof parsed.sectionId === 'string' ? parsed.sectionId : undefined;
  } catch {
    return undefined;
  }
};

/**
 * What has happened in the entry, newest first. The lead and managers see the audit log (paged);
 * everyone sees events live as they happen while the page is open.
 */
export function ActivityPage() {
  const { entryId = '' } = useParams();
  const { entry, loading, error, refetch } = useEntryActivity(entryId);
  const canReadLog = !!entry?.abilities.canReadAuditLog;
  const log = useActivityLog(entryId, canReadLog);
  const { me } = useMe();
  const announce = useAnnounce();
  const [live, setLive] = useState<Item[]>([]);
  const [showAccount, setShowAccount] = useState(false);

  const names = useMemo(
    () => ({
      people: new Map(entry?.members.map((m) => [m.user.id, m.user.name]) ?? []),
      sections: new Map(entry?.sections.map((s) => [s.id, s.title]) ?? []),
      myId: me?.id,
    }),
    [entry, me?.id],
  );

  useEntryEvents(entryId, (event) => {
    if (event.kind.startsWith('MEMBER_')) void refetch(); // names and roles
    const text = describeEvent(event, names);
    if (event.actorId !== me?.id) announce(text);
    if (canReadLog && AUDITED.has(event.kind)) return void log.catchUp();
    setLive((items) => [{ key: `${event.kind}-${event.at}-${items.length}`, at: event.at, text, sectionId: event.sectionId ?? undefined }, ...items]);
  });

  const items = useMemo(() => {
    const fromLog: Item[] = log.events
      .filter((e) => showAccount || !ACCOUNT_ACTIONS.has(e.action))
      .map((e) => ({ key: e.id, at: e.createdAt, text: e.summary, sectionId: sectionOf(e.data) }));
    return [...live, ...fromLog].sort((a, b) => b.at.localeCompare(a.at));
  }, [live, log.events, showAccount]);

  if (loading) return <Loading what="activity" />;
  if (!entry) return <LoadFailed error={error} notFound={NOT_FOUND} />;

  return (
    <>
      <EntryHeader entry={entry} page="Activity" caption={entry.template.name} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h2 className="nhsuk-heading-m">Recent activity</h2>
          <p className="nhsuk-body">
            {canReadLog
              ? 'Newest first: sign-offs, workflow moves and team changes from the entry’s audit log, and comments as they happen while this page is open.'
              : 'Newest first, as it happens while this page is open: comments, sign-offs, workflow moves and team changes. The lead and managers can also see the entry’s full history.'}
          </p>
          {canReadLog && <Checkbox id="activity-account" label="Include log-ins and API tokens" checked={showAccount} onChange={setShowAccount} />}
          {log.loading && <p className="nhsuk-body">Loading the activity…</p>}
          {log.error && <p className="nhsuk-error-message">{problemsFrom(log.error)[0].message}</p>}
          {!log.loading && items.length === 0 && <p className="nhsuk-body">{canReadLog ? 'Nothing has happened yet.' : 'Nothing yet since you opened this page.'}</p>}
          {items.length > 0 && (
            <ol className="app-activity" data-testid="activity-feed" aria-label="Activity, newest first">
              {items.map((item) => (
                <li className="app-activity__item" key={item.key}>
                  <p className="app-activity__what">{item.text}</p>
                  <p className="app-activity__meta">
                    <time dateTime={item.at}>{formatDateTime(item.at)}</time>
                    {item.sectionId && names.sections.has(item.sectionId) && (
                      <>
                        {' '}
                        in{' '}
                        <Link className="nhsuk-link" to={`/entries/${entry.id}/sections/${item.sectionId}`}>
                          {names.sections.get(item.sectionId)}
                        </Link>
                      </>
                    )}
                  </p>
                </li>
              ))}
            </ol>
          )}
          {log.hasMore && (
            <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => void log.showOlder()}>
              Show older activity
            </button>
          )}
        </div>
      </div>
    </>
  );
}
