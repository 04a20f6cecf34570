import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ActivityHistoryQuery as HistoryResult } from '../gql/graphql';
import { ActivityHistoryQuery, ActivityLogQuery, EntryActivityQuery } from './operations';

const PAGE = 25;

export type ActivityItem = NonNullable<HistoryResult['entry']>['activity']['nodes'][number];

/** The entry, with the members and sections that live events name. */
export function useEntryActivity(entryId: string) {
  const { data, loading, error, refetch } = useQuery(EntryActivityQuery, { variables: { id: entryId }, fetchPolicy: 'cache-and-network' });
  return { entry: data?.entry, loading: loading && !data, error, refetch };
}

/** Newest first, as the server orders the history: by time, then id. */
const isOlder = (a: ActivityItem, than: ActivityItem) => a.at < than.at || (a.at === than.at && a.id < than.id);

/**
 * The entry's history, newest first, a page at a time. `catchUp` reads the first page again
 * and puts it on top: new items appear, changed ones (a comment deleted since) are read
 * afresh, and the older pages already shown stay as they were.
 */
export function useActivityHistory(entryId: string) {
  const { data, loading, error, fetchMore } = useQuery(ActivityHistoryQuery, { variables: { id: entryId, first: PAGE }, fetchPolicy: 'network-only' });
  const history = data?.entry.activity;
  const showOlder = useCallback(async () => {
    const { data: more } = await fetchMore({
      variables: { after: history?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        entry: { ...fetchMoreResult.entry, activity: { ...fetchMoreResult.entry.activity, nodes: [...previous.entry!.activity.nodes, ...fetchMoreResult.entry.activity.nodes] } },
      }),
    });
    return more?.entry.activity.nodes.length ?? 0;
  }, [fetchMore, history?.pageInfo.endCursor]);
  const catchUp = useCallback(
    () =>
      fetchMore({
        variables: { after: null },
        updateQuery: (previous, { fetchMoreResult }) => {
          const old = previous.entry!.activity;
          const fresh = fetchMoreResult.entry.activity;
          const last = fresh.nodes.at(-1);
          // More arrived than a page holds (a burst, or a while offline): what lies between
          // the fresh page and the old list is unknown, so start again from the fresh page.
          const gap = !!last && fresh.pageInfo.hasNextPage && old.nodes.length > 0 && isOlder(old.nodes[0], last);
          if (gap) return { entry: { ...previous.entry!, activity: fresh } };
          const older = last ? old.nodes.filter((n) => isOlder(n, last)) : [];
          // Where the older pages end, and whether more follow, is still what they said.
          const pageInfo = older.length > 0 ? old.pageInfo : fresh.pageInfo;
          return { entry: { ...previous.entry!, activity: { ...old, totalCount: fresh.totalCount, pageInfo, nodes: [...fresh.nodes, ...older] } } };
        },
      }),
    [fetchMore],
  );
  return { items: history?.nodes ?? [], total: history?.totalCount ?? 0, hasMore: !!history?.pageInfo.hasNextPage, loading: loading && !data, error, showOlder, catchUp };
}

/** The audit log (lead and managers), newest first, a page at a time, read once `enabled`. */
export function useAuditLog(entryId: string, enabled: boolean) {
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
  return { records: log?.nodes ?? [], hasMore: !!log?.pageInfo.hasNextPage, loading: enabled && loading && !data, error, showOlder };
}
