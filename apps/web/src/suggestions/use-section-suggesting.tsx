import { useLiveSection } from '../live/use-live-section';
import { SignedNotice, useCurrentApprovals } from './signed-notice';
import { useReadAgainOnSuggestionChange, useSectionSuggestions, useSuggestionPeople } from './use-suggestions';

/**
 * A section's live text with suggesting wired in, wherever the text is shown for writing (its own
 * page, the whole-entry view): roles that may only suggest get the editor kept in Suggesting; an
 * editor of a section holding current approvals is told whose approvals direct typing would void
 * and starts in Suggesting. One place, so no view lets a signed section be typed over unwarned.
 */
export function useSectionSuggesting(entryId: string, sectionId: string, canEdit: boolean) {
  const list = useSectionSuggestions(entryId, sectionId);
  const people = useSuggestionPeople(entryId, list.suggestions);
  const { live, state } = useLiveSection(sectionId, canEdit || people.canSuggest);
  useReadAgainOnSuggestionChange(live, list.refetch);
  const approvals = useCurrentApprovals(entryId, sectionId);
  const suggesting = {
    canSuggest: people.canSuggest,
    startSuggesting: approvals === null ? null : approvals.length > 0,
    notice: canEdit && approvals ? <SignedNotice approvals={approvals} /> : null,
    describeSuggestion: people.describe,
  };
  // Someone who cannot edit may still be able to suggest: until that is known, the text waits
  // (shown read-only, then made editable, it would take a first click and drop the keys typed after it).
  const waiting = !canEdit && !people.known;
  return { live, state: waiting ? { ...state, ready: false } : state, suggesting, list, people };
}
