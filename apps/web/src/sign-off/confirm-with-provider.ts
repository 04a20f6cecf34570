import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { SignOffMeaning } from '../gql/graphql';

/** Whether the viewer signs off with a password or through the identity provider, and where that goes. */
export const SignOffConfirmationQuery = graphql(`
  query SignOffConfirmation {
    me {
      id
      signOffConfirmation
    }
    loginOptions {
      singleSignOn {
        label
        confirmPath
      }
    }
  }
`);

/** How the viewer confirms a sign-off: null for a password (also while unknown), else the provider's button words and address. */
export function useProviderConfirmation(): { label: string; confirmPath: string } | null {
  const { data } = useQuery(SignOffConfirmationQuery);
  const sso = data?.loginOptions.singleSignOn;
  return data?.me?.signOffConfirmation === 'SINGLE_SIGN_ON' && sso ? sso : null;
}

/** What the person chose before going to the provider: kept in this tab only, for the few minutes the trip takes. */
export interface SignOffDraft {
  sectionId: string;
  contentHash: string;
  /** The evidence's digest, read with the text's hash. */
  evidenceDigest: string;
  meaning: SignOffMeaning;
  note: string;
  slotKey?: string;
  savedAt: number;
}

const DRAFT_KEY = 'quorum:sign-off-draft';
const FRAGMENT = 'sso-confirmation';
/** As long as the server keeps the trip to the provider open. */
const DRAFT_MS = 10 * 60_000;

/**
 * Off to the identity provider, which makes the person sign in again (`prompt=login`), and back
 * to this page with a single-use confirmation in the address's fragment (never sent to a server,
 * nor in a Referer). The choice waits in sessionStorage meanwhile.
 */
export function confirmWithProvider(confirmPath: string, draft: Omit<SignOffDraft, 'savedAt'>): void {
  sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ ...draft, savedAt: Date.now() }));
  const here = `${window.location.pathname}${window.location.search}`;
  window.location.assign(`${confirmPath}?${new URLSearchParams({ next: here })}`);
}

/**
 * Back from the provider: the confirmation and the draft for this section, each taken once (the
 * fragment is removed from the address, the draft from storage), or null.
 */
export function takeConfirmedDraft(sectionId: string): { confirmation: string; draft: SignOffDraft } | null {
  const confirmation = new URLSearchParams(window.location.hash.slice(1)).get(FRAGMENT);
  if (!confirmation) return null;
  const stored = sessionStorage.getItem(DRAFT_KEY);
  const draft = stored ? (JSON.parse(stored) as SignOffDraft) : null;
  if (!draft || draft.sectionId !== sectionId) return null;
  sessionStorage.removeItem(DRAFT_KEY);
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
  return Date.now() - draft.savedAt < DRAFT_MS ? { confirmation, draft } : null;
}
