import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { EntryWorkflowQuery } from './entry-workflow.query';
import { ReopenEntryMutation } from './reopen-entry.mutation';
import { RequestReviewMutation } from './request-review.mutation';
import { SubmitEntryMutation } from './submit-entry.mutation';

// A workflow move changes what sign-off panels may offer (a submitted entry takes none).
const REFETCH = { refetchQueries: ['SignOffStatus'] };

export function useEntryWorkflow(entryId: string) {
  const { data } = useQuery(EntryWorkflowQuery, { variables: { id: entryId }, fetchPolicy: 'cache-and-network' });
  const [requestReview, review] = useMutation(RequestReviewMutation, REFETCH);
  const [submitEntry, submit] = useMutation(SubmitEntryMutation, REFETCH);
  const [reopenEntry, reopen] = useMutation(ReopenEntryMutation, REFETCH);
  return {
    entry: data?.entry,
    busy: review.loading || submit.loading || reopen.loading,
    requestReview: useCallback(() => requestReview({ variables: { input: { entryId } } }), [requestReview, entryId]),
    submit: useCallback(() => submitEntry({ variables: { input: { entryId } } }), [submitEntry, entryId]),
    reopen: useCallback((reason: string) => reopenEntry({ variables: { input: { entryId, reason } } }), [reopenEntry, entryId]),
  };
}
