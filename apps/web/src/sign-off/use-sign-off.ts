import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { SignOffMeaning } from '../gql/graphql';
import { SignOffSectionMutation, SignOffStatusQuery } from './operations';

/** A section's sign-off status, with the viewer's role and abilities in the entry. */
export function useSignOffStatus(entryId: string, sectionId: string) {
  const { data, loading, error, refetch } = useQuery(SignOffStatusQuery, { variables: { entryId }, fetchPolicy: 'cache-and-network' });
  const section = data?.entry.sections.find((s) => s.id === sectionId);
  return { entry: data?.entry, section, loading: loading && !data, error, refetch };
}

export interface SignOffChoice {
  meaning: SignOffMeaning;
  note: string;
  /** The signer's password, again; or, for someone who signs in through the identity provider, */
  password?: string;
  /** the confirmation it sent back after making them sign in again (confirm-with-provider.ts). */
  confirmation?: string;
  slotKey?: string;
}

/** Signs off the content the viewer read (its hash); the status is read again before this resolves. */
export function useSignOffSection() {
  const [mutate, { loading }] = useMutation(SignOffSectionMutation, { refetchQueries: ['SignOffStatus'], awaitRefetchQueries: true });
  const signOff = useCallback(
    async (sectionId: string, contentHash: string, choice: SignOffChoice) => (await mutate({ variables: { input: { sectionId, contentHash, ...choice } } })).data!.signOffSection,
    [mutate],
  );
  return { signOff, signing: loading };
}
