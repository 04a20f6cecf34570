import { disableSuggestChanges, enableSuggestChanges, isSuggestChangesEnabled, suggestChanges, withSuggestChanges } from '@handlewithcare/prosemirror-suggest-changes';
import { Extension, type Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
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
    return { userId: '' };
  },

  addProseMirrorPlugins() {
    return [suggestChanges()];
  },

  dispatchTransaction({ transaction, next }) {
    const { userId } = this.options;
    // Formatting (marks, headings, lists) cannot be suggested yet: the server refuses a
    // modification mark, so such a change is dropped here rather than refused there.
    if (isSuggestChangesEnabled(this.editor.state) && formats(transaction)) return;
    // The decorator reads the view as `this`, then hands its (possibly rewritten) transaction on.
    const dispatch = withSuggestChanges(
      (tr) => next(tr),
      () => newSuggestionId(userId),
    );
    dispatch.call(this.editor.view, transaction);
  },
});

/** A change to formatting rather than text, typed by this person (not a remote update or an undo). */
function formats(tr: Transaction): boolean {
  if (tr.getMeta('y-sync$')) return false;
  return tr.steps.some((step) => !(step instanceof ReplaceStep));
}

export type EditingMode = 'editing' | 'suggesting';

export const modeOf = (editor: Editor): EditingMode => (isSuggestChangesEnabled(editor.state) ? 'suggesting' : 'editing');

/** Switches the editor between editing directly and suggesting. */
export function setMode(editor: Editor, mode: EditingMode): void {
  if (modeOf(editor) === mode) return;
  const view: EditorView = editor.view;
  (mode === 'suggesting' ? enableSuggestChanges : disableSuggestChanges)(view.state, view.dispatch);
}
