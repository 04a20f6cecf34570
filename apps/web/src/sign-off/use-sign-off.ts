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

/** What the viewer was shown when they chose to sign: the text's hash and the evidence's digest, read together. */
export interface SignedContent {
  contentHash: string;
  evidenceDigest: string;
}

/**
 * Signs off the content the viewer read (the text's hash and the evidence's digest: the server
 * refuses with CONFLICT if either moved on meanwhile); the status is read again before this resolves.
 */
export function useSignOffSection() {
  const [mutate, { loading }] = useMutation(SignOffSectionMutation, { refetchQueries: ['SignOffStatus'], awaitRefetchQueries: true });
  const signOff = useCallback(
    async (sectionId: string, seen: SignedContent, choice: SignOffChoice) =>
      (await mutate({ variables: { input: { sectionId, contentHash: seen.contentHash, evidenceDigest: seen.evidenceDigest, ...choice } } })).data!.signOffSection,
    [mutate],
  );
  return { signOff, signing: loading };
}
