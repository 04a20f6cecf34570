import {
  CONTENT_FIELD,
  contentProblemSince,
  prepareSuggestionCheck,
  stateVectorOf,
  knownSuggestionIds,
  suggestionIdsOfStructs,
  suggestionLimitProblem,
  type SuggestionCheck,
} from '@quorum/section-content';
import * as Y from 'yjs';

/** Any shared type: Yjs's types are generic in their event type, which these walks never read. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyYType = Y.AbstractType<any>;

/** Why an update was refused; the caller turns it into BAD_USER_INPUT. */
export class UpdateRejected extends Error {}

/** Refused by the suggestion check: the sender may not do this (FORBIDDEN, not BAD_USER_INPUT). */
export class SuggestionRefused extends UpdateRejected {}

/** Who sent an update, for the suggestion check (docs/architecture.md, Suggestions). */
export interface Sender {
  userId: string | null;
  /** May suggest but not edit: the update must leave the accepted text as it was. */
  suggestOnly: boolean;
}

function rootKeyOf(type: AnyYType): string | null {
  let current: AnyYType = type;
  while (current._item !== null) current = current._item.parent as AnyYType;
  return Y.findRootTypeKey(current);
}

/**
 * Applies a client's update to the live document, refusing what Yjs itself would accept
 * silently: trailing bytes, changes to anything but the `content` fragment, updates that
 * depend on edits this document lacks (Yjs would park them as pending), and content the
 * editor cannot show (a plain value in the fragment, an unknown element, attribute or mark,
 * text where the schema has none: section-content's content-check.ts, which checks only what
 * the update inserted), and suggestions it may not make (section-content's suggestion-check.ts:
 * a new suggestion in another's name from anyone; from someone who may only suggest, any change
 * to the accepted text or to another's suggestion). Yjs cannot undo an update, so on refusal
 * the caller must throw the document away and reload it.
 */
export function applyClientUpdate(doc: Y.Doc, update: Uint8Array, origin: unknown, sender?: Sender): void {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update); // parse alone first, touching no document
  } catch {
    throw new UpdateRejected('The update is not a Yjs update.');
  }
  let suggestions: SuggestionCheck | null = null;
  try {
    if (sender) suggestions = prepareSuggestionCheck(doc, update, sender.userId, sender.suggestOnly);
  } catch {
    throw new UpdateRejected('The update does not apply to this section.');
  }
  knownSuggestionIds(doc); // read before the update, so that the ids it brings count as new
  const rootsBefore = new Set(doc.share.keys());
  const stateBefore = stateVectorOf(doc);
  const touched = new Set<string>();
  const watch = (tr: Y.Transaction) => {
    for (const type of tr.changed.keys()) touched.add(rootKeyOf(type) ?? '?');
    Y.iterateDeletedStructs(tr, tr.deleteSet, (struct) => {
      if (struct instanceof Y.Item) touched.add(rootKeyOf(struct.parent as AnyYType) ?? '?');
    });
  };
  doc.on('afterTransaction', watch);
  const decoder = { arr: update, pos: 0 };
  try {
    Y.readUpdate(decoder as never, doc, origin);
  } catch {
    throw new UpdateRejected('The update does not apply to this section.');
  } finally {
    doc.off('afterTransaction', watch);
  }
  if (decoder.pos !== update.length) throw new UpdateRejected('The update has bytes after its end.');
  for (const key of doc.share.keys()) if (!rootsBefore.has(key)) touched.add(key);
  const others = [...touched].filter((root) => root !== CONTENT_FIELD);
  if (others.length) throw new UpdateRejected(`The update changes ${others.join(', ')}; only the section's "${CONTENT_FIELD}" may change.`);
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
    throw new UpdateRejected('The update depends on edits the server does not have: sync the section (sectionSync) and send the difference.');
  }
  const problem = contentProblemSince(doc, stateBefore);
  if (problem) throw new UpdateRejected(`The update puts into the section what its editor cannot show: ${problem}`);
  const refusal = suggestions?.problem();
  if (refusal) throw new SuggestionRefused(refusal.message);
  const tooMany = suggestionLimitProblem(doc, suggestionIdsOfStructs(decoded.structs));
  if (tooMany) throw new UpdateRejected(tooMany);
}
