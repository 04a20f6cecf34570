import { useQuery } from '@apollo/client/react';
import { ExportEntryQuery } from './export-entry.query';

/** The entry and whether the viewer may export it. */
export function useExportEntry(entryId: string, fetchPolicy: 'cache-first' | 'cache-and-network' = 'cache-and-network') {
  const { data, loading, error } = useQuery(ExportEntryQuery, { variables: { id: entryId }, fetchPolicy });
  return { entry: data?.entry, loading: loading && !data, error };
}

/** For the entry nav: only those who may export see the Export page (abilities rarely change; the server checks anyway). */
export function useCanExport(entryId: string): boolean {
  return !!useExportEntry(entryId, 'cache-first').entry?.abilities.canExport;
}
