import { suggestionAuthor, suggestionsIn, toProseMirrorDoc } from '@quorum/section-content';
import type { LiveDocument } from '../live/document-store.js';

/** A suggestion still in a section's text (not yet accepted or rejected), and who made it (null if its id names nobody). */
export interface PendingSuggestion {
  id: string;
  authorId: string | null;
}

const memo = new WeakMap<LiveDocument, { version: number; pending: PendingSuggestion[] }>();

/**
 * The suggestions pending in a section: those whose marks are in its document (section-content's
 * suggestionsIn, as `Section.suggestions` lists them). Read once per version of the document.
 */
export function pendingSuggestions(live: LiveDocument): PendingSuggestion[] {
  const cached = memo.get(live);
  if (cached?.version === live.version) return cached.pending;
  const pending = suggestionsIn(toProseMirrorDoc(live.doc)).map((s) => ({ id: s.id, authorId: suggestionAuthor(s.id) }));
  memo.set(live, { version: live.version, pending });
  return pending;
}
