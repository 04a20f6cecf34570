import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useApiContext } from '../apollo/api-context';
import { useAnnounce } from '../layout/announcer';
import { unsentEdits } from '../live/unsent-edits';
import type { ConnectionStatus } from './connection-status';

const LABELS: Record<ConnectionStatus, string> = {
  connecting: 'Connecting',
  connected: 'Connected',
  reconnecting: 'Reconnecting',
  offline: 'Offline',
};

/** Said once when the state changes, not on first load: a change is news, "connected" at start is not. */
const ANNOUNCEMENTS: Partial<Record<ConnectionStatus, string>> = {
  connected: 'Connected again. Live updates are back on.',
  reconnecting: 'Connection lost. Trying to reconnect.',
  offline: 'You are offline. Quorum will reconnect when it can. Edits you make meanwhile are kept and sent then.',
};

export function ConnectionIndicator() {
  const { connection } = useApiContext();
  const status = useSyncExternalStore(connection.subscribe, connection.get);
  const unsent = useSyncExternalStore(unsentEdits.subscribe, unsentEdits.get);
  const announce = useAnnounce();
  const previous = useRef<ConnectionStatus>(status);

  useEffect(() => {
    const before = previous.current;
    previous.current = status;
    if (before === status || before === 'connecting') return;
    const message = ANNOUNCEMENTS[status];
    if (message) announce(message);
  }, [status, announce]);

  return (
    <span className={`app-connection app-connection--${status}`} data-testid="connection-status">
      <span className="app-connection__dot" aria-hidden="true" />
      <span className="nhsuk-u-visually-hidden">Connection: </span>
      <span>
        {LABELS[status]}
        {/* While connected, edits in flight are the editor's news ("Saving…"), not the header's. */}
        {status !== 'connected' && unsent > 0 && <strong className="app-connection__unsent">{`, ${unsent} unsent ${unsent === 1 ? 'edit' : 'edits'}`}</strong>}
      </span>
    </span>
  );
}
