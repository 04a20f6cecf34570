import { useQuery } from '@apollo/client/react';
import { ServerInfoQuery } from './operations';

/** Whether this Quorum sends email; null until the server has said. */
export function useMailEnabled(): boolean | null {
  const { data } = useQuery(ServerInfoQuery, { fetchPolicy: 'cache-first' });
  return data?.serverInfo.mailEnabled ?? null;
}
