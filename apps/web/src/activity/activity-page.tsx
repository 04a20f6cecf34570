import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/use-session';
import { EntryHeader } from '../entries/entry-header';
import { formatDateTime } from '../format';
import { problemsFrom } from '../forms/api-errors';
import { useAnnounce } from '../layout/announcer';
import { LoadFailed, Loading } from '../layout/loading';
import { useOnReconnect } from '../connection/use-on-reconnect';
import { AuditLog } from './audit-log';
import { describeEvent } from './describe-event';
import { useActivityHistory, useEntryActivity } from './use-activity';
import { useEntryEvents, type EntryEvent } from './use-entry-events';

const NOT_FOUND = 'We could not find that entry. It may have been deleted, or you may not be a member of its team.';

/** Live events the history does not keep: shown as they arrive, while the page is open. */
const NOT_IN_HISTORY = new Set<EntryEvent['kind']>(['COMMENT_EDITED', 'COMMENT_DELETED', 'COMMENT_REOPENED']);

interface Item {
  key: string;
  at: string;
  text: string;
  section?: { id: string; title: string } | null;
}

/**
 * What has happened in the entry, newest first, for every member: the history the server keeps
 * (`Entry.activity`), a page at a time, kept current by the entry's live events. The lead and
 * managers also find the full audit log below it.
 */
export function ActivityPage() {
  const { entryId = '' } = useParams();
  const { entry, loading, error, refetch } = useEntryActivity(entryId);
  const history = useActivityHistory(entryId);
  const { me } = useMe();
  const announce = useAnnounce();
  const [live, setLive] = useState<Item[]>([]);
  const [loadingOlder, setLoadingOlder] = useState(false);

  const names = useMemo(
    () => ({
      people: new Map(entry?.members.map((m) => [m.user.id, m.user.name]) ?? []),
      sections: new Map(entry?.sections.map((s) => [s.id, s.title]) ?? []),
      myId: me?.id,
    }),
    [entry, me?.id],
  );

  // Back after a lost connection: what happened meanwhile is in the history.
  useOnReconnect(() => void history.catchUp());
  useEntryEvents(entryId, (event) => {
    if (event.kind.startsWith('MEMBER_')) void refetch(); // names and roles
    const text = describeEvent(event, names);
    if (event.actorId !== me?.id) announce(text);
    // The history has it now (events follow the commit): read its newest page again.
    void history.catchUp();
    if (NOT_IN_HISTORY.has(event.kind)) {
      const section = event.sectionId ? { id: event.sectionId, title: names.sections.get(event.sectionId) ?? '' } : null;
      setLive((items) => [{ key: `live-${event.kind}-${event.at}-${items.length}`, at: event.at, text, section }, ...items]);
    }
  });

  const items = useMemo(() => {
    const kept: Item[] = history.items.map((i) => ({ key: i.id, at: i.at, text: i.summary, section: i.section }));
    return [...live, ...kept].sort((a, b) => b.at.localeCompare(a.at));
  }, [live, history.items]);

  // After "Show older activity", focus goes to the first older item, where reading goes on
  // (the button itself may be gone: there may be nothing older).
  const list = useRef<HTMLOListElement>(null);
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const first = focusFrom.current === null ? undefined : list.current?.querySelectorAll('li')[focusFrom.current];
    if (first) {
      focusFrom.current = null;
      first.focus();
    }
  }, [items]);

  const showOlder = async () => {
    if (loadingOlder) return;
    setLoadingOlder(true);
    try {
      focusFrom.current = items.length;
      if ((await history.showOlder()) === 0) focusFrom.current = null;
    } finally {
      setLoadingOlder(false);
    }
  };

  if (loading) return <Loading what="activity" />;
  if (!entry) return <LoadFailed error={error} notFound={NOT_FOUND} />;

  return (
    <>
      <EntryHeader entry={entry} page="Activity" />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h2 className="nhsuk-heading-m">Recent activity</h2>
          <p className="nhsuk-body">Newest first: edits, comments, sign-offs, workflow moves, team changes and evidence added. New activity appears at the top as it happens.</p>
          {history.loading && <p className="nhsuk-body">Loading the activity…</p>}
          {history.error && <p className="nhsuk-error-message">{problemsFrom(history.error)[0].message}</p>}
          {!history.loading && !history.error && items.length === 0 && <p className="nhsuk-body">Nothing has happened yet.</p>}
          {items.length > 0 && (
            <ol className="app-activity" data-testid="activity-feed" aria-label="Activity, newest first" ref={list}>
              {items.map((item) => (
                <li className="app-activity__item" key={item.key} tabIndex={-1}>
                  <p className="app-activity__what">{item.text}</p>
                  <p className="app-activity__meta">
                    <time dateTime={item.at}>{formatDateTime(item.at)}</time>
                    {item.section?.title && (
                      <>
                        {' '}
                        in{' '}
                        <Link className="nhsuk-link" to={`/entries/${entry.id}/sections/${item.section.id}`}>
                          {item.section.title}
                        </Link>
                      </>
                    )}
                  </p>
                </li>
              ))}
            </ol>
          )}
          {history.hasMore && (
            <button className="nhsuk-button nhsuk-button--secondary" type="button" aria-disabled={loadingOlder} onClick={() => void showOlder()}>
              {loadingOlder ? 'Loading older activity…' : 'Show older activity'}
            </button>
          )}
          {entry.abilities.canReadAuditLog && <AuditLog entryId={entry.id} />}
        </div>
      </div>
    </>
  );
}
