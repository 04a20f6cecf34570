import type { LiveSection } from '../live/live-section';
import { SuggestionThread } from './suggestion-thread';
import { SuggestionsPanel } from './suggestions-panel';
import { useDecideSuggestions, type Suggestion } from './use-suggestions';

interface Props {
  sectionId: string;
  live: LiveSection | null;
  suggestions: Suggestion[];
  /** How many are pending in all (the list holds the first 100). */
  total: number;
  loaded: boolean;
  canDecide: boolean;
  canComment: boolean;
  canSuggest: boolean;
  readAgain(): Promise<unknown>;
}

/** The suggestions panel beside a section's text: accept and reject, and each suggestion's comment thread. */
export function SuggestionsBeside({ sectionId, live, suggestions, total, loaded, canDecide, canComment, canSuggest, readAgain }: Props) {
  const { decide, decideAll } = useDecideSuggestions(sectionId);
  return (
    <SuggestionsPanel
      suggestions={suggestions}
      total={total}
      loaded={loaded}
      canDecide={canDecide}
      canSuggest={canSuggest}
      readAgain={readAgain}
      decide={decide}
      decideAll={decideAll}
      renderThread={(suggestion) => <SuggestionThread suggestion={suggestion} sectionId={sectionId} live={live} canComment={canComment} readAgain={readAgain} />}
    />
  );
}
