import { Extension } from '@tiptap/core';
import { Plugin, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** Keys ProseMirror handles from its own idea of the selection, not from the page's caret; so are shortcuts (below). */
const READS_SELECTION = new Set(['Backspace', 'Delete', 'Enter']);

/** A key the editor's keymaps may take, acting on the selection: one of those, or a shortcut (Ctrl+B, Ctrl+Alt+M to comment). */
const actsOnSelection = (event: KeyboardEvent) => READS_SELECTION.has(event.key) || event.ctrlKey || event.metaKey || event.altKey;

/**
 * Before Backspace, Delete, Enter or a shortcut, makes the editor's selection the caret the person sees.
 * ProseMirror reads the page's selection when the browser reports it (selectionchange), which
 * comes a moment after the caret moved; an update that lands in that moment (another person's
 * caret or words arriving, many times a second while a colleague types) can leave the editor
 * holding the old selection. Keys it handles itself then act there: a Backspace after End was
 * dropped as if at the start of the line, or joined two paragraphs the caret was not between
 * (seen in the browser tests under load; ProseMirror's own guard against this covers mouse
 * drags only), and Ctrl+Alt+M opened a comment on the words selected before. Typed characters
 * need nothing: they are read from the page where they landed.
 */
export const ReadSelectionBeforeKeys = Extension.create({
  name: 'readSelectionBeforeKeys',
  // Before the keymaps (Tiptap's own at 100, the lists' and headings'), which act on the selection.
  priority: 1000,
  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          handleKeyDown(view, event) {
            if (actsOnSelection(event) && !event.isComposing) readCaret(view);
            return false; // the key itself is for the keymaps
          },
        },
      }),
    ];
  },
});

/** Takes the page's caret into the editor's state if they differ (a text selection only: a selected figure is the editor's to show). */
function readCaret(view: EditorView): void {
  const { selection } = view.state;
  if (!(selection instanceof TextSelection) || !view.hasFocus()) return;
  const page = view.dom.ownerDocument.getSelection();
  if (!page?.anchorNode || !page.focusNode || !view.dom.contains(page.anchorNode) || !view.dom.contains(page.focusNode)) return;
  let anchor: number, head: number;
  try {
    anchor = view.posAtDOM(page.anchorNode, page.anchorOffset);
    head = view.posAtDOM(page.focusNode, page.focusOffset);
  } catch {
    return; // a caret ProseMirror cannot place (inside a widget's own nodes): leave its selection alone
  }
  if (anchor === selection.anchor && head === selection.head) return;
  view.dispatch(view.state.tr.setSelection(TextSelection.between(view.state.doc.resolve(anchor), view.state.doc.resolve(head))));
}
