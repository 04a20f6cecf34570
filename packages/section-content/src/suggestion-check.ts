import * as Y from 'yjs';
import { markName, stateVectorOf } from './content-check.js';
import { acceptedDoc, suggestionAuthor, suggestionsIn, type SuggestionSummary } from './suggestions.js';
import { blocksToProseMirrorDoc } from './views.js';
import { contentFragment } from './ydoc.js';

/*
 * The check an update from someone who may only suggest must pass, at the cost of the blocks
 * it touches rather than of the section: before the update is applied, its structs and
 * deletions name the existing items it builds on; their top-level blocks, with one untouched
 * block either side (a suggested paragraph break or join reaches across a boundary), make a
 * window. The window is read before and after (as ProseMirror, then with suggestions
 * rejected) and compared:
 * - the accepted text of the window must not change;
 * - a suggestion id new to the window must be the sender's;
 * - someone else's suggestion in the window must insert and delete exactly what it did.
 * New suggestion ids are checked for everyone (nobody may speak for another); the rest only
 * for those who may not edit.
 * Origins only say where the sender meant an item to go: Yjs's conflict resolution may put it
 * elsewhere (an item whose right origin is dropped goes after every later sibling, at the end of
 * the section), and a struct that starts at a clock the server has goes on after the sender's
 * last known item. So after applying, every new item is looked up where it landed; one whose
 * block lies outside the window is refused.
 */

/** Any shared type: Yjs's types are generic in their event type, which these walks never read. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyYType = Y.AbstractType<any>;

export interface SuggestionRefusal {
  /** FORBIDDEN: the sender may not do this (change the text while only suggesting, speak for another, touch another's suggestion). */
  code: 'FORBIDDEN';
  message: string;
}

interface Window {
  /** The untouched live block before the window, or null for the start. */
  left: Y.Item | null;
  /** The untouched live block after the window, or null for the end. */
  right: Y.Item | null;
}

interface Reading {
  accepted: string;
  suggestions: Map<string, SuggestionSummary>;
}

const SUGGESTION_KEYS = new Set(['insertion', 'deletion']);

/** Whether the update formats anything as a suggestion (an editor's update usually does not: then nothing is read). */
function formatsSuggestions(structs: Array<Y.Item | Y.GC | Y.Skip>): boolean {
  // By the name views.ts reads ("insertion--hash" is read as an insertion), not the key as stored.
  return structs.some((s) => s instanceof Y.Item && s.content instanceof Y.ContentFormat && SUGGESTION_KEYS.has(markName(s.content.key)) && s.content.value !== null);
}

/** Whether the update inserts or deletes anything (an update of GC or Skip structs alone does neither). */
function changesAnything(structs: Array<Y.Item | Y.GC | Y.Skip>, ds: ReturnType<typeof Y.decodeUpdate>['ds']): boolean {
  return structs.some((s) => s instanceof Y.Item) || [...ds.clients.values()].some((ranges) => ranges.length > 0);
}

/** The top-level block (an item of the content fragment) that holds `item`, or null. */
function blockOf(item: Y.Item, fragment: Y.XmlFragment): Y.Item | null {
  let current: Y.Item = item;
  for (;;) {
    if (current.parent === fragment) return current;
    const parent = (current.parent as AnyYType | null)?._item;
    if (!parent) return null;
    current = parent;
  }
}

/** The window the update touches in `doc` as it is now, before applying it. */
function windowOf(doc: Y.Doc, structs: Array<Y.Item | Y.GC | Y.Skip>, ds: ReturnType<typeof Y.decodeUpdate>['ds']): Window | null {
  const fragment = contentFragment(doc);
  const state = stateVectorOf(doc);
  const touched = new Set<Y.Item>();
  let fromStart = false;
  let toEnd = false;
  const known = (id: Y.ID | null): id is Y.ID => id !== null && id.clock < (state.get(id.client) ?? 0);
  const touch = (item: Y.Item) => {
    const block = blockOf(item, fragment);
    if (block) touched.add(block);
  };
  const touchId = (id: Y.ID | null) => {
    if (!known(id)) return;
    const struct = Y.getItem(doc.store, id);
    if (struct instanceof Y.Item) touch(struct);
  };
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const end = state.get(struct.id.client) ?? 0;
    if (struct.id.clock + struct.length <= end) continue; // all known: Yjs skips it
    // Starting at a known clock, only its new part is applied, after the sender's item at end - 1.
    if (struct.id.clock < end) touchId(Y.createID(struct.id.client, end - 1));
    touchId(struct.origin);
    touchId(struct.rightOrigin);
    const parent = struct.parent as unknown;
    if (parent instanceof Y.ID) touchId(parent);
    // A block inserted at the top level with nothing known on one side goes at that end.
    if (typeof parent === 'string' || (parent === null && struct.origin === null && struct.rightOrigin === null)) {
      if (!known(struct.origin)) fromStart = true;
      if (!known(struct.rightOrigin)) toEnd = true;
    }
  }
  for (const [client, ranges] of ds.clients) {
    const structsOf = doc.store.clients.get(client);
    if (!structsOf) continue;
    const end = state.get(client) ?? 0;
    for (const { clock, len } of ranges) {
      if (clock >= end) continue;
      for (let i = Y.findIndexSS(structsOf, clock); i < structsOf.length && structsOf[i].id.clock < clock + len; i++) {
        const struct = structsOf[i];
        if (struct instanceof Y.Item) touch(struct);
      }
    }
  }
  // One untouched live block either side of the touched ones, in the fragment's order (tombstones included).
  let left: Y.Item | null = null;
  let right: Y.Item | null = null;
  let lastLive: Y.Item | null = null;
  let seenTouched = false;
  let afterTouched = false;
  for (let item = fragment._start; item !== null; item = item.right) {
    if (touched.has(item)) {
      if (!seenTouched) left = lastLive;
      seenTouched = true;
      afterTouched = true;
      right = null;
      continue;
    }
    if (item.deleted) continue;
    lastLive = item;
    if (afterTouched && right === null) right = item;
  }
  if (!seenTouched && !fromStart && !toEnd) return null; // nothing known touched: nothing to compare
  if (!seenTouched) return { left: null, right: null }; // a block at an end of an empty section: read it all
  return { left: fromStart ? null : left, right: toEnd ? null : right };
}

/** The top-level blocks of the items `clients` added since `before` (the state vector before applying), wherever Yjs put them. */
function landedBlocks(doc: Y.Doc, clients: Set<number>, before: Map<number, number>): Set<Y.Item> {
  const fragment = contentFragment(doc);
  const blocks = new Set<Y.Item>();
  for (const client of clients) {
    const structsOf = doc.store.clients.get(client);
    const end = before.get(client) ?? 0;
    if (!structsOf || Y.getState(doc.store, client) <= end) continue;
    for (let i = Y.findIndexSS(structsOf, end); i < structsOf.length; i++) {
      const struct = structsOf[i];
      if (!(struct instanceof Y.Item)) continue;
      const block = blockOf(struct, fragment);
      if (block) blocks.add(block);
    }
  }
  return blocks;
}

/** Whether every block of `blocks` lies from `window.left` to `window.right` (both included, tombstones too). */
function inside(doc: Y.Doc, window: Window | null, blocks: Set<Y.Item>): boolean {
  if (blocks.size === 0) return true;
  if (window === null) return false;
  if (window.left === null && window.right === null) return true;
  let found = 0;
  for (let item = window.left ?? contentFragment(doc)._start; item !== null; item = item.right) {
    if (blocks.has(item)) found++;
    if (item === window.right) break;
  }
  return found === blocks.size;
}

/** The live blocks from `left` to `right` (both included), read with suggestions and without. */
function read(doc: Y.Doc, window: Window): Reading {
  const fragment = contentFragment(doc);
  const blocks: Y.XmlElement[] = [];
  for (let item = window.left ?? fragment._start; item !== null; item = item.right) {
    if (!item.deleted && item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement) blocks.push(item.content.type);
    if (item === window.right) break;
  }
  const pm = blocksToProseMirrorDoc(blocks);
  const accepted = acceptedDoc(pm);
  // One empty paragraph closing the section is no text: the editor (Tiptap's TrailingNode) adds
  // it after a closing list or heading as soon as it opens the section, whoever opens it, and a
  // section written through the API (replaceContentUpdate) has none. So it is left out on both sides.
  const last = accepted.lastChild;
  const trailing = window.right === null && last !== null && last.type.name === 'paragraph' && last.childCount === 0 && last.marks.length === 0;
  const content = accepted.toJSON().content as unknown[];
  return { accepted: JSON.stringify(trailing ? content.slice(0, -1) : content), suggestions: new Map(suggestionsIn(pm).map((s) => [s.id, s])) };
}

export interface SuggestionCheck {
  /** After the update is applied: why it must be refused, or null. */
  problem(): SuggestionRefusal | null;
}

/**
 * Prepares the check of `update` from `senderId` against `doc` as it is now (call it before
 * applying the update, then `problem()` after). `suggestOnly`: the sender may not edit.
 */
export function prepareSuggestionCheck(doc: Y.Doc, update: Uint8Array, senderId: string | null, suggestOnly: boolean): SuggestionCheck {
  const { structs, ds } = Y.decodeUpdate(update);
  if (!suggestOnly && !formatsSuggestions(structs)) return { problem: () => null };
  if (!changesAnything(structs, ds)) return { problem: () => null };
  const state = stateVectorOf(doc);
  const window = windowOf(doc, structs, ds);
  const before = window && read(doc, window);
  return {
    problem() {
      if (!inside(doc, window, landedBlocks(doc, new Set(structs.map((s) => s.id.client)), state))) {
        return { code: 'FORBIDDEN', message: 'The update puts text where it does not say it goes: sync the section (sectionSync) and send the difference.' };
      }
      if (window === null || before === null) return null; // nothing inserted, nothing known deleted
      const after = read(doc, window);
      for (const id of after.suggestions.keys()) {
        if (before.suggestions.has(id)) continue;
        const author = suggestionAuthor(id);
        if (author === null || author !== senderId) return { code: 'FORBIDDEN', message: `A new suggestion must be marked as yours: "${id}" is not.` };
      }
      if (!suggestOnly) return null;
      if (after.accepted !== before.accepted) {
        return { code: 'FORBIDDEN', message: 'You may only suggest changes to this section: the update changes its text, or adds text not marked as your suggestion.' };
      }
      for (const [id, theirs] of before.suggestions) {
        if (suggestionAuthor(id) === senderId) continue;
        const now = after.suggestions.get(id);
        if (!now || now.inserted !== theirs.inserted || now.deleted !== theirs.deleted) {
          return { code: 'FORBIDDEN', message: 'You may not change or remove someone else’s suggestion: ask someone who may edit the section to accept or reject it.' };
        }
      }
      return null;
    },
  };
}
