import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { MyEntriesQuery } from './operations';

const PAGE = 25;

/** My entries, newest first, a page at a time. */
export function useMyEntries() {
  const { data, loading, error, fetchMore } = useQuery(MyEntriesQuery, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  const connection = data?.entries;
  const showMore = useCallback(
    () =>
      fetchMore({
        variables: { after: connection?.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          entries: { ...fetchMoreResult.entries, nodes: [...(previous.entries?.nodes ?? []), ...fetchMoreResult.entries.nodes] },
        }),
      }),
    [fetchMore, connection?.pageInfo.endCursor],
  );
  return { entries: connection?.nodes ?? [], total: connection?.totalCount ?? 0, hasMore: !!connection?.pageInfo.hasNextPage, showMore, loading: loading && !data, error };
}
