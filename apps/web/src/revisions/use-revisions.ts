import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { NameSectionRevisionMutation, RestoreSectionRevisionMutation, SectionRevisionsQuery } from './operations';

/** A section's saved revisions, read only while `open` (the history is folded away otherwise). */
export function useRevisions(entryId: string, sectionId: string, open: boolean) {
  const { data, loading, error, refetch } = useQuery(SectionRevisionsQuery, { variables: { entryId }, skip: !open, fetchPolicy: 'network-only' });
  const section = data?.entry.sections.find((s) => s.id === sectionId);
  return { revisions: section?.revisions.nodes ?? [], total: section?.revisions.totalCount ?? 0, loading: loading && !data, error, refetch };
}

export function useRestoreRevision() {
  const [mutate, { loading }] = useMutation(RestoreSectionRevisionMutation);
  const restore = useCallback(async (revisionId: string) => mutate({ variables: { input: { revisionId } } }), [mutate]);
  return { restore, restoring: loading };
}

export function useNameRevision() {
  const [mutate, { loading }] = useMutation(NameSectionRevisionMutation);
  const name = useCallback(async (revisionId: string, name: string) => mutate({ variables: { input: { revisionId, name } } }), [mutate]);
  return { name, naming: loading };
}
