import { sectionExtensions } from '@quorum/section-content/schema';
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadSelectionBeforeKeys } from './read-selection-before-keys';

// jsdom reports no selectionchange: the page's caret moved and the editor was not told, as in
// the moment before Chrome's report arrives.
let editor: Editor | undefined;
// jsdom lays nothing out; ProseMirror asks where the caret is, to scroll to it.
Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
Range.prototype.getBoundingClientRect ??= () => new DOMRect();
afterEach(() => editor?.destroy());

function editorWithCaretMoved(extensions = [ReadSelectionBeforeKeys]) {
  const element = document.createElement('div');
  document.body.append(element);
  editor = new Editor({ element, extensions: [...sectionExtensions, ...extensions], content: '<p>Waits fell.</p><p>Audits confirmed it.</p>' });
  editor.view.focus();
  // The editor holds the start of the second paragraph; the page's caret is after "Audits".
  editor.commands.setTextSelection(14);
  const text = editor.view.dom.querySelectorAll('p')[1].firstChild!;
  window.getSelection()!.collapse(text, 'Audits'.length);
  return editor;
}

const press = (e: Editor, key: string) => e.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

describe('reading the caret before keys the editor handles itself', () => {
  it('splits the paragraph at the caret the person sees on Enter', () => {
    const e = editorWithCaretMoved();
    press(e, 'Enter');
    expect(e.getHTML()).toBe('<p>Waits fell.</p><p>Audits</p><p> confirmed it.</p>');
  });

  it('does not join the paragraphs on Backspace from the middle of one, and leaves the letter to the browser', () => {
    const e = editorWithCaretMoved();
    const notHandled = press(e, 'Backspace');
    expect(notHandled).toBe(true);
    expect(e.getHTML()).toBe('<p>Waits fell.</p><p>Audits confirmed it.</p>');
    expect(e.state.selection.head).toBe(14 + 'Audits'.length);
  });

  it('takes the page’s selection before a shortcut, which acts on the words the person selected', () => {
    const e = editorWithCaretMoved();
    const text = e.view.dom.querySelectorAll('p')[1].firstChild!;
    window.getSelection()!.setBaseAndExtent(text, 0, text, 'Audits'.length);
    e.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'b', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(e.getHTML()).toBe('<p>Waits fell.</p><p><strong>Audits</strong> confirmed it.</p>');
  });

  it('is needed: without it, Enter splits where the editor last knew the caret to be', () => {
    const e = editorWithCaretMoved([]);
    press(e, 'Enter');
    expect(e.getHTML()).toBe('<p>Waits fell.</p><p></p><p>Audits confirmed it.</p>');
  });
});
