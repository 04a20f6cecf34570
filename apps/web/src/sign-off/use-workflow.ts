import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useEntryEvents } from '../activity/use-entry-events';
import { EntryWorkflowQuery, ReopenEntryMutation, RequestReviewMutation, SubmitEntryMutation } from './operations';

/** The moves answer with the entry's new state, which updates every query showing it (sign-off panels included). */
export function useEntryWorkflow(entryId: string) {
  const { data, refetch } = useQuery(EntryWorkflowQuery, { variables: { id: entryId }, fetchPolicy: 'cache-and-network' });
  // The entry also moves by itself (approved once every slot is held, back in review when one goes stale).
  useEntryEvents(entryId, (event) => {
    if (event.kind === 'WORKFLOW_MOVED') void refetch();
  });
  const [requestReview, review] = useMutation(RequestReviewMutation);
  const [submitEntry, submit] = useMutation(SubmitEntryMutation);
  const [reopenEntry, reopen] = useMutation(ReopenEntryMutation);
  return {
    entry: data?.entry,
    busy: review.loading || submit.loading || reopen.loading,
    /** Each resolves to the entry's new state. */
    requestReview: useCallback(async () => (await requestReview({ variables: { input: { entryId } } })).data!.requestReview.entry.state, [requestReview, entryId]),
    submit: useCallback(async () => (await submitEntry({ variables: { input: { entryId } } })).data!.submitEntry.entry.state, [submitEntry, entryId]),
    reopen: useCallback(async (reason: string) => (await reopenEntry({ variables: { input: { entryId, reason } } })).data!.reopenEntry.entry.state, [reopenEntry, entryId]),
  };
}
