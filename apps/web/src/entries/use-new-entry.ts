import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { CreateEntryInput } from '../gql/graphql';
import { CreateEntryMutation, TemplatesQuery } from './operations';

/** The award templates to choose from, and the mutation that starts an entry from one. */
export function useNewEntry() {
  const templates = useQuery(TemplatesQuery);
  const [mutate, { loading: creating }] = useMutation(CreateEntryMutation);
  const createEntry = useCallback(async (input: CreateEntryInput) => (await mutate({ variables: { input } })).data!.createEntry.entry, [mutate]);
  return { templates: templates.data?.templates ?? [], loading: templates.loading && !templates.data, error: templates.error, createEntry, creating };
}
