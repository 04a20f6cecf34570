import { applySuggestion, applySuggestions, revertSuggestion, revertSuggestions, transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import { EditorState, type Command, type Transaction } from '@tiptap/pm/state';
import { SUGGESTION_ID } from './content-check.js';
import { SUGGESTION_MARKS } from './schema.js';

/*
 * Suggestions (tracked changes) are marks in the section's own document
 * (@handlewithcare/prosemirror-suggest-changes): `insertion` on text someone proposes to add,
 * `deletion` on text someone proposes to remove, each with the suggestion's id,
 * "<author's user id>~<random>". The accepted text of a section (its projection) is the
 * document with every pending suggestion rejected: insertions left out, deletions kept as
 * plain text. It is what `Section.text`, Markdown, word count, content hash, sign-offs,
 * revisions and exports read (views.ts, markdown.ts), so suggesting never changes them.
 */

/** The user id a suggestion id starts with, or null for an id that names nobody. */
export function suggestionAuthor(id: unknown): string | null {
  return typeof id === 'string' ? (SUGGESTION_ID.exec(id)?.[1] ?? null) : null;
}

const isSuggestionMark = (mark: Mark) => (SUGGESTION_MARKS as readonly string[]).includes(mark.type.name);

export function hasSuggestions(doc: PMNode): boolean {
  let found = false;
  doc.descendants((node) => {
    if (found) return false;
    if (node.marks.some(isSuggestionMark)) found = true;
    return !found;
  });
  return found;
}

/** The document after the library's command, or the same document when it does nothing. */
export function afterCommand(doc: PMNode, command: Command): PMNode {
  let result = doc;
  command(EditorState.create({ doc }), (tr) => {
    result = tr.doc;
  });
  return result;
}

/** The accepted text: every pending suggestion rejected (insertions out, deletions kept, unmarked). */
export function acceptedDoc(doc: PMNode): PMNode {
  return hasSuggestions(doc) ? afterCommand(doc, revertSuggestions) : doc;
}

/** The document with every suggestion accepted (what typing them directly would have given). */
export function withAllAccepted(doc: PMNode): PMNode {
  return hasSuggestions(doc) ? afterCommand(withoutBoundaryMarkers(doc), applySuggestions) : doc;
}

/**
 * What an editor's `change` makes of `doc`: typed directly, or, given `suggestionId` (a
 * new id for each suggestion), in Suggesting mode as the browser's editor makes it. For tests,
 * benchmarks and scripts that act as an editor would.
 */
export function editedDoc(doc: PMNode, change: (state: EditorState) => Transaction, suggestionId?: () => string): PMNode {
  const state = EditorState.create({ doc });
  const tr = change(state);
  return state.apply(suggestionId ? transformToSuggestionTransaction(tr, state, suggestionId) : tr).doc;
}

/**
 * The document without the zero-width spaces the library writes where a suggested insertion
 * crosses a block boundary (`id`'s, or every insertion's): no one typed them, and the library
 * drops one on accepting only when it stands alone, so a new paragraph kept it at its start
 * (found in a browser walk, in the text, Markdown and exports).
 */
function withoutBoundaryMarkers(doc: PMNode, id?: string): PMNode {
  const ranges: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText || !node.text!.includes('\u200B')) return true;
    if (!node.marks.some((m) => m.type.name === 'insertion' && (id === undefined || m.attrs.id === id))) return true;
    for (let i = 0; i < node.text!.length; i++) if (node.text![i] === '\u200B') ranges.push(pos + i);
    return true;
  });
  if (ranges.length === 0) return doc;
  const tr = EditorState.create({ doc }).tr;
  for (const at of ranges.reverse()) tr.delete(at, at + 1);
  return tr.doc;
}

export const acceptOne = (doc: PMNode, id: string) => afterCommand(withoutBoundaryMarkers(doc, id), applySuggestion(id));
export const rejectOne = (doc: PMNode, id: string) => afterCommand(doc, revertSuggestion(id));

export type SuggestionKind = 'INSERT' | 'DELETE' | 'FORMAT';

export interface SuggestionSummary {
  id: string;
  /** INSERT or DELETE; a suggestion that does both with the same words (a formatting change, as the library records it) is FORMAT, with other words it is INSERT with `deleted` set. */
  kind: SuggestionKind;
  inserted: string;
  deleted: string;
}

/** Zero-width spaces the library puts where a suggestion crosses a block boundary: no one wrote them. */
const ZWSP = /\u200B/g;

/** Each suggestion in the document, in order of first appearance, with the text it inserts and deletes (blocks joined by a line break). */
export function suggestionsIn(doc: PMNode): SuggestionSummary[] {
  const found = new Map<string, { inserted: string[]; deleted: string[]; lastBlock: { inserted: PMNode | null; deleted: PMNode | null } }>();
  doc.descendants((node, _pos, parent) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (mark.type.name !== 'insertion' && mark.type.name !== 'deletion') continue;
      const id = String(mark.attrs.id);
      const entry = found.get(id) ?? { inserted: [], deleted: [], lastBlock: { inserted: null, deleted: null } };
      found.set(id, entry);
      const side = mark.type.name === 'insertion' ? 'inserted' : 'deleted';
      const parts = entry[side];
      if (parts.length && entry.lastBlock[side] !== parent) parts.push('\n');
      entry.lastBlock[side] = parent;
      parts.push(node.text ?? '');
    }
    return false;
  });
  return [...found].map(([id, { inserted, deleted }]) => {
    const ins = inserted.join('').replace(ZWSP, '');
    const del = deleted.join('').replace(ZWSP, '');
    const kind: SuggestionKind = inserted.length && deleted.length && ins === del ? 'FORMAT' : inserted.length ? 'INSERT' : 'DELETE';
    return { id, kind, inserted: ins, deleted: del };
  });
}
