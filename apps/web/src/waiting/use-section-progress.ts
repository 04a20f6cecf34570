import { useQuery } from '@apollo/client/react';
import { useEntryEvents } from '../activity/use-entry-events';
import { SectionProgressQuery } from './operations';

export interface SectionCounts {
  wordCount: number;
  wordLimit: number;
  signOffsHeld: number;
  signOffsNeeded: number;
  openThreads: number;
  pendingSuggestions: number;
}

/**
 * Each section's counts for the side list, by section id: words against the limit, sign-offs
 * held of needed, open comment threads, pending suggestions. Read again on the entry's events (comments, sign-offs);
 * word counts follow on the next event or visit, not each keystroke.
 */
export function useSectionProgress(entryId: string): Map<string, SectionCounts> {
  const { data, refetch } = useQuery(SectionProgressQuery, { variables: { entryId }, skip: !entryId, fetchPolicy: 'cache-and-network' });
  useEntryEvents(entryId, () => void refetch());
  return new Map(
    (data?.entry?.sections ?? []).map((s) => [
      s.id,
      {
        wordCount: s.wordCount,
        wordLimit: s.wordLimit,
        signOffsHeld: s.signOffStatus.slots.filter((slot) => slot.held).length,
        signOffsNeeded: s.signOffStatus.slots.length,
        openThreads: s.openThreadCount,
        pendingSuggestions: s.pendingSuggestionCount,
      },
    ]),
  );
}
