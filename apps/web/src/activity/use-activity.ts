import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { ActivityLogQuery } from './audit-log.query';
import { EntryActivityQuery } from './entry-activity.query';

const PAGE = 25;

/** The entry, with the members and sections that events name. */
export function useEntryActivity(entryId: string) {
  const { data, loading, error, refetch } = useQuery(EntryActivityQuery, { variables: { id: entryId }, fetchPolicy: 'cache-and-network' });
  return { entry: data?.entry, loading: loading && !data, error, refetch };
}

/** The audit log, newest first, a page at a time; `catchUp` puts records written since at the top. */
export function useActivityLog(entryId: string, enabled: boolean) {
  const { data, loading, error, fetchMore } = useQuery(ActivityLogQuery, { variables: { id: entryId, first: PAGE }, skip: !enabled, fetchPolicy: 'network-only' });
  const log = data?.entry.auditLog;
  const showOlder = useCallback(
    () =>
      fetchMore({
        variables: { after: log?.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          entry: { ...fetchMoreResult.entry, auditLog: { ...fetchMoreResult.entry.auditLog, nodes: [...previous.entry!.auditLog.nodes, ...fetchMoreResult.entry.auditLog.nodes] } },
        }),
      }),
    [fetchMore, log?.pageInfo.endCursor],
  );
  const catchUp = useCallback(
    () =>
      fetchMore({
        variables: { after: null },
        updateQuery: (previous, { fetchMoreResult }) => {
          const old = previous.entry!.auditLog;
          const newest = old.nodes[0]?.seq ?? 0;
          const added = fetchMoreResult.entry.auditLog.nodes.filter((n) => n.seq > newest);
          // Older pages stay as they were: only the newest records are added.
          return { entry: { ...previous.entry!, auditLog: { ...old, totalCount: fetchMoreResult.entry.auditLog.totalCount, nodes: [...added, ...old.nodes] } } };
        },
      }),
    [fetchMore],
  );
  return { events: log?.nodes ?? [], total: log?.totalCount ?? 0, hasMore: !!log?.pageInfo.hasNextPage, loading: enabled && loading && !data, error, showOlder, catchUp };
}
