import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';

/** Room left between the writing tools and the caret's line. */
const GAP = 8;

/**
 * Keeps the caret clear of the writing tools, which stay at the top of the screen while writing
 * (sticky). ProseMirror's scroll margins cover the moves it makes itself; within a paragraph the
 * browser moves the caret (Up, Page Up) and scrolls only once it leaves the screen, so it could
 * hide under the tools: this scrolls it back below them.
 */
export const CaretClearOfTools = Extension.create({
  name: 'caretClearOfTools',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        view: () => ({
          update(view, previous) {
            if (!view.hasFocus() || previous.selection.eq(view.state.selection)) return;
            const tools = view.dom.closest('.app-editor')?.querySelector('.app-editor__controls');
            if (!tools) return;
            const below = tools.getBoundingClientRect().bottom + GAP;
            const { top } = view.coordsAtPos(view.state.selection.head);
            if (top < below) window.scrollBy(0, top - below);
          },
        }),
      }),
    ];
  },
});
