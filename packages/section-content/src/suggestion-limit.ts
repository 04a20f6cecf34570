import * as Y from 'yjs';
import { CONTENT_FIELD } from './ydoc.js';
import { suggestionAuthor } from './suggestions.js';

/**
 * How many suggestions (distinct ids) a section may hold pending. Reading the accepted text
 * reverts each marked range as one ProseMirror step, so its cost grows with the square of the
 * number of ranges: an outside review stalled the server for seconds with thousands of
 * one-letter suggestions. 300 costs a few milliseconds; no team reviews more at once.
 */
export const MAX_PENDING_SUGGESTIONS = 300;

const SUGGESTION_KEYS = new Set(['insertion', 'deletion']);

function idOf(content: Y.ContentFormat): string | null {
  if (!SUGGESTION_KEYS.has(content.key)) return null;
  const id = (content.value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && suggestionAuthor(id) ? id : null;
}

/** The suggestion ids a decoded update marks text with (its `insertion` / `deletion` formatting). */
export function suggestionIdsOfStructs(structs: readonly (Y.Item | Y.GC | Y.Skip)[]): string[] {
  const ids = new Set<string>();
  for (const struct of structs) {
    if (struct instanceof Y.Item && struct.content instanceof Y.ContentFormat) {
      const id = idOf(struct.content);
      if (id) ids.add(id);
    }
  }
  return [...ids];
}

/**
 * Every suggestion id that marks text the document holds. Formatting items can outlive their
 * text (Yjs leaves them when the words are deleted), so an id counts only where live text
 * carries it, read as Yjs reads attributes: deleted formatting is skipped.
 */
function suggestionIdsInDoc(doc: Y.Doc): Set<string> {
  const ids = new Set<string>();
  const walk = (type: Y.AbstractType<unknown>) => {
    const current = new Map<string, string>();
    for (let item = type._start; item !== null; item = item.right) {
      if (item.deleted) continue;
      const content = item.content;
      if (content instanceof Y.ContentFormat) {
        if (!SUGGESTION_KEYS.has(content.key)) continue;
        const id = idOf(content);
        if (id) current.set(content.key, id);
        else current.delete(content.key);
        continue;
      }
      for (const id of current.values()) ids.add(id);
      if (content instanceof Y.ContentType) walk(content.type as Y.AbstractType<unknown>);
    }
  };
  walk(doc.getXmlFragment(CONTENT_FIELD) as unknown as Y.AbstractType<unknown>);
  return ids;
}

// Ids seen per live document, so that most updates cost a set lookup, not a walk. Ids that
// were accepted, rejected or deleted stay in it, so it only ever over-counts: past the limit,
// the document is counted again exactly before anything is refused.
const seen = new WeakMap<Y.Doc, Set<string>>();

/** The ids the document holds, read once per live document (before its first update is applied). */
export function knownSuggestionIds(doc: Y.Doc): Set<string> {
  let ids = seen.get(doc);
  if (!ids) seen.set(doc, (ids = suggestionIdsInDoc(doc)));
  return ids;
}

/**
 * After an update is applied: why it must be refused if it brought a new suggestion to a
 * section already holding MAX_PENDING_SUGGESTIONS, else null. `knownSuggestionIds(doc)` must have
 * been read before the update was applied, so that its ids count as new. The caller reloads the
 * document on refusal (Yjs cannot undo), as for any refused update.
 */
export function suggestionLimitProblem(doc: Y.Doc, idsInUpdate: readonly string[]): string | null {
  if (idsInUpdate.length === 0) return null;
  let ids = knownSuggestionIds(doc);
  const fresh = idsInUpdate.filter((id) => !ids.has(id));
  if (fresh.length === 0) return null;
  for (const id of fresh) ids.add(id);
  if (ids.size <= MAX_PENDING_SUGGESTIONS) return null;
  ids = suggestionIdsInDoc(doc);
  seen.set(doc, ids);
  if (ids.size <= MAX_PENDING_SUGGESTIONS) return null;
  return `The section already holds ${MAX_PENDING_SUGGESTIONS} pending suggestions: ask someone who may edit it to accept or reject some before suggesting more.`;
}
