import { disableSuggestChanges, enableSuggestChanges, isSuggestChangesEnabled, suggestChanges, withSuggestChanges } from '@handlewithcare/prosemirror-suggest-changes';
import { Extension, type Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import type { Mark } from '@tiptap/pm/model';
import { AddMarkStep, ReplaceStep } from '@tiptap/pm/transform';
import type { EditorView } from '@tiptap/pm/view';

/**
 * A new suggestion's id: the author's user id, a tilde, and a random part. The server refuses
 * suggestion marks whose id does not start with the sender's user id, so this is the only shape
 * the web app writes.
 */
export function newSuggestionId(userId: string): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${userId}~${random[0].toString(36)}${random[1].toString(36)}`;
}

/** The user id a suggestion id starts with (see newSuggestionId). */
export const authorOfSuggestion = (id: string): string => id.split('~')[0];

export interface SuggestChangesOptions {
  /** The person typing: their suggestions' ids start with it. */
  userId: string;
  /** Called when a change of formatting is dropped while suggesting (a shortcut, Tab in a list, "# " at a line's start), to say why nothing happened. */
  onFormattingDropped?: () => void;
}

/**
 * Suggesting mode (@handlewithcare/prosemirror-suggest-changes) in Tiptap: the library's plugin
 * (whether suggesting is on, and pilcrows where paragraph breaks are suggested), and its
 * dispatch decorator, which turns a transaction into one that marks insertions and deletions
 * instead of making them while suggesting is on. The decorator leaves alone what y-prosemirror
 * dispatches for remote updates and for undo and redo (their `y-sync$` meta), so others' edits
 * and Yjs's undo go through as they are.
 */
export const SuggestChanges = Extension.create<SuggestChangesOptions>({
  name: 'suggestChanges',

  addOptions() {
    return { userId: '', onFormattingDropped: undefined };
  },

  addProseMirrorPlugins() {
    return [suggestChanges()];
  },

  dispatchTransaction({ transaction, next }) {
    const { userId } = this.options;
    // Formatting (marks, headings, lists) cannot be suggested yet: the server refuses a
    // modification mark, so such a change is dropped here rather than refused there.
    if (isSuggestChangesEnabled(this.editor.state) && formats(transaction)) {
      this.options.onFormattingDropped?.();
      return;
    }
    const newId = () => newSuggestionId(userId);
    // The decorator reads the view as `this`, then hands its (possibly rewritten) transaction on.
    const dispatch = withSuggestChanges((tr) => {
      if (isSuggestChangesEnabled(this.editor.state) && !tr.getMeta('y-sync$')) claimForeignIds(tr, userId, newId);
      next(tr);
    }, newId);
    dispatch.call(this.editor.view, transaction);
  },
});

/** A change to formatting rather than text, typed by this person (not a remote update or an undo). */
function formats(tr: Transaction): boolean {
  if (tr.getMeta('y-sync$')) return false;
  // Bold (say) turned on or off with nothing selected changes no text, but would format what is typed next.
  if (tr.steps.length === 0) return tr.storedMarksSet;
  return tr.steps.some((step) => !(step instanceof ReplaceStep));
}

/**
 * The library gives typing next to a suggestion that suggestion's id, so that they read as one;
 * next to someone else's, that would be their id on this person's words, which the server
 * refuses (an id names its author). Such marks in what the transaction changed get an id of
 * this person's instead.
 */
function claimForeignIds(tr: Transaction, userId: string, newId: () => string): void {
  const ranges: { from: number; to: number }[] = [];
  tr.steps.forEach((step, index) => {
    const after = tr.mapping.slice(index + 1);
    if (step instanceof AddMarkStep) ranges.push({ from: after.map(step.from, 1), to: after.map(step.to, -1) });
    else step.getMap().forEach((_from, _to, start, end) => ranges.push({ from: after.map(start, 1), to: after.map(end, -1) }));
  });
  const foreign: { from: number; to: number; mark: Mark }[] = [];
  for (const { from, to } of ranges) {
    if (from >= to) continue;
    tr.doc.nodesBetween(from, to, (node, pos) => {
      for (const mark of node.isText ? node.marks : []) {
        const id: unknown = mark.attrs.id;
        if ((mark.type.name === 'insertion' || mark.type.name === 'deletion') && typeof id === 'string' && !id.startsWith(`${userId}~`)) {
          foreign.push({ from: Math.max(from, pos), to: Math.min(to, pos + node.nodeSize), mark });
        }
      }
      return true;
    });
  }
  if (foreign.length === 0) return;
  const id = newId();
  for (const { from, to, mark } of foreign) tr.removeMark(from, to, mark).addMark(from, to, mark.type.create({ id }));
}

export type EditingMode = 'editing' | 'suggesting';

export const modeOf = (editor: Editor): EditingMode => (isSuggestChangesEnabled(editor.state) ? 'suggesting' : 'editing');

/** Switches the editor between editing directly and suggesting. */
export function setMode(editor: Editor, mode: EditingMode): void {
  if (modeOf(editor) === mode) return;
  const view: EditorView = editor.view;
  (mode === 'suggesting' ? enableSuggestChanges : disableSuggestChanges)(view.state, view.dispatch);
}
