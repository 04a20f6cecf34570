import { useMutation, useQuery } from '@apollo/client/react';
import { ROLE_LABELS } from '@quorum/domain';
import { useCallback, useEffect, useState } from 'react';
import { useEntryEvents } from '../activity/use-entry-events';
import type { SectionSuggestionsQuery as SuggestionsResult } from '../gql/graphql';
import { formatDateTime } from '../format';
import { CONTENT_FIELD, type LiveSection } from '../live/live-section';
import { AcceptSuggestionMutation, AcceptSuggestionsMutation, RejectSuggestionMutation, RejectSuggestionsMutation, SectionSuggestionsQuery, SuggestionPeopleQuery } from './operations';
import { authorOfSuggestion } from './suggest-changes';
import { suggestionKey } from './suggestion-ids';
import type { DescribeSuggestion } from './suggestion-labels';

export type Suggestion = SuggestionsResult['section']['suggestions']['nodes'][number];

const NO_SUGGESTIONS: Suggestion[] = [];

/** How long after the document's suggestions change the list is read again (typing makes many changes). */
const SETTLE_MS = 700;

/**
 * Reads the list again (`refetch`) when the section's document gains or loses a suggestion:
 * anyone's, as their edits arrive, so the list stays live (suggestion-ids.ts).
 */
export function useReadAgainOnSuggestionChange(live: LiveSection | null, refetch: () => unknown): void {
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => {
    if (!live) return;
    const fragment = live.doc.getXmlFragment(CONTENT_FIELD);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setKey(suggestionKey(fragment)), SETTLE_MS);
    };
    live.doc.on('update', read);
    return () => {
      clearTimeout(timer);
      live.doc.off('update', read);
    };
  }, [live]);
  useEffect(() => {
    if (key !== null) void refetch();
    // Only a change of key reads again; the first read is the query's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}

/**
 * Who may suggest and decide in the entry, and `describe`, which says who made a suggestion
 * (and when, once the list holds it) for the labels in the text.
 */
export function useSuggestionPeople(entryId: string, suggestions: Suggestion[]) {
  const { data, error } = useQuery(SuggestionPeopleQuery, { variables: { entryId }, fetchPolicy: 'cache-and-network' });
  const members = data?.entry.members;
  const describe: DescribeSuggestion = useCallback(
    (id: string) => {
      const known = suggestions.find((s) => s.id === id);
      if (known?.author)
        return [`${known.author.name}${known.role ? ` (${ROLE_LABELS[known.role].toLowerCase()})` : ''}`, known.createdAt && formatDateTime(known.createdAt)].filter(Boolean).join(', ');
      const member = members?.find((m) => m.user.id === authorOfSuggestion(id));
      return member ? `${member.user.name} (${ROLE_LABELS[member.role].toLowerCase()})` : null;
    },
    [suggestions, members],
  );
  return {
    describe,
    // Known, or not to be known (the query failed: the text is then shown read-only, not withheld).
    known: !!data || !!error,
    canDecide: data?.entry.abilities.canEdit ?? false,
    canSuggest: data?.entry.abilities.canSuggest ?? false,
    canComment: data?.entry.abilities.canComment ?? false,
  };
}

/**
 * A section's pending suggestions, kept live: read again on the entry's suggestion events, and
 * (useReadAgainOnSuggestionChange) when the section's document gains or loses one.
 */
export function useSectionSuggestions(entryId: string, sectionId: string) {
  const { data, refetch } = useQuery(SectionSuggestionsQuery, { variables: { sectionId }, fetchPolicy: 'cache-and-network' });
  useEntryEvents(entryId, (event) => {
    if (event.sectionId === sectionId && event.kind.startsWith('SUGGESTION_')) void refetch();
    // A comment on a suggestion is its thread.
    if (event.sectionId === sectionId && event.kind.startsWith('COMMENT_')) void refetch();
  });
  const suggestions = data?.section.suggestions.nodes ?? NO_SUGGESTIONS;
  // The list holds the first 100 (the API's largest page); how many there are in all, for what is said of "all".
  return { suggestions, total: data?.section.suggestions.totalCount ?? suggestions.length, loaded: !!data, refetch };
}

/** Accepting and rejecting: one, one person's, or all; the list is read again before each resolves. */
export function useDecideSuggestions(sectionId: string) {
  const options = { refetchQueries: ['SectionSuggestions'], awaitRefetchQueries: true };
  const [acceptOne] = useMutation(AcceptSuggestionMutation, options);
  const [rejectOne] = useMutation(RejectSuggestionMutation, options);
  const [acceptMany] = useMutation(AcceptSuggestionsMutation, options);
  const [rejectMany] = useMutation(RejectSuggestionsMutation, options);
  return {
    // The words read go along: a suggestion its author has typed on since is refused (CONFLICT), not accepted unseen.
    decide: (accept: boolean, suggestion: Pick<Suggestion, 'id' | 'insertedText' | 'deletedText'>) =>
      (accept ? acceptOne : rejectOne)({
        variables: { input: { sectionId, suggestionId: suggestion.id, insertedText: suggestion.insertedText, deletedText: suggestion.deletedText } },
      }),
    decideAll: (accept: boolean, authorId?: string) => (accept ? acceptMany : rejectMany)({ variables: { input: { sectionId, ...(authorId ? { authorId } : {}) } } }),
  };
}
