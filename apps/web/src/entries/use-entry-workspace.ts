import { useQuery } from '@apollo/client/react';
import { EntryWorkspaceQuery } from './operations';

/** An entry with its sections and their criteria; refreshed on each visit (roles and abilities may have changed). */
export function useEntryWorkspace(entryId: string) {
  const { data, loading, error } = useQuery(EntryWorkspaceQuery, { variables: { id: entryId }, fetchPolicy: 'cache-and-network' });
  return { entry: data?.entry, loading: loading && !data, error };
}
