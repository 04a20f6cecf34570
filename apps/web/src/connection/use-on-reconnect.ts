import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useApiContext } from '../apollo/api-context';

/**
 * Calls `catchUp` whenever the connection comes back after it was lost (not on the first
 * connection): live events sent meanwhile never arrived, so what they would have changed is
 * read again.
 */
export function useOnReconnect(catchUp: () => void): void {
  const { connection } = useApiContext();
  const status = useSyncExternalStore(connection.subscribe, connection.get);
  const last = useRef(status);
  const latest = useRef(catchUp);
  latest.current = catchUp;
  useEffect(() => {
    if (status === 'connected' && last.current !== 'connected' && last.current !== 'connecting') latest.current();
    last.current = status;
  }, [status]);
}
