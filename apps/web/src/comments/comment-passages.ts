import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { anchorFor, passageText, rangeOf, textRange } from './passage-anchors';

/** An open thread's passage, to highlight. */
export interface MarkedPassage {
  id: string;
  start: string;
  end: string;
}

/** What is selected in the text now, to comment on. */
export interface SelectedPassage {
  from: number;
  to: number;
  quote: string;
}

const key = new PluginKey<DecorationSet>('commentPassages');
const MARK = 'app-comment-mark';

const fragmentOf = (state: EditorState): Y.XmlFragment | null => (ySyncPluginKey.getState(state) as { type?: Y.XmlFragment } | undefined)?.type ?? null;

const sameSelection = (a: SelectedPassage | null, b: SelectedPassage | null) => a === b || (!!a && !!b && a.from === b.from && a.to === b.to && a.quote === b.quote);

/**
 * The link between a section's comments panel and its editor: the panel says which passages
 * to highlight and which thread is chosen; the editor says what is selected. `extension` goes
 * into the editor. Highlights are computed from the anchors' Yjs relative positions whenever
 * text arrives from others (and when the anchors change), and mapped through local edits in
 * between, so they follow the text as people write.
 */
export class CommentPassages {
  private editor: Editor | null = null;
  private marked: MarkedPassage[] = [];
  private active: string | null = null;
  private selected: SelectedPassage | null = null;
  private readonly listeners = new Set<() => void>();
  /** Told when the text changed or was redrawn, so that what sits beside a passage can follow it. */
  private readonly moveListeners = new Set<() => void>();
  /** Told a thread's id when its highlighted passage is clicked in the text, null when the text is clicked elsewhere. */
  onPick: ((id: string | null) => void) | null = null;
  /**
   * Told a thread's id when the cursor (nothing selected) comes into its passage, by the keyboard
   * as by a click, and null when it leaves: arrowing through the text finds the comments as a
   * click does. Ctrl+Alt+M then goes to the comment (requestComment).
   */
  onCaretIn: ((id: string | null) => void) | null = null;
  /** The passage the cursor stands in now (a thread's id), as last told to onCaretIn. */
  private caretIn: string | null = null;
  /** Told a thread's id when Ctrl+Alt+M is pressed in its passage with nothing selected: show and focus its comment. */
  onOpen: ((id: string) => void) | null = null;
  /** The new-comment form, while one can be opened: told when "Comment" is chosen by the selection. */
  private commentHandler: (() => void) | null = null;
  private formOpen = false;
  readonly extension: Extension;
  /** What the editor takes (SectionEditor's `extensions`). */
  readonly extensions: Extension[];

  constructor() {
    // Tiptap calls onCreate and onTransaction with the extension as `this`: keep ours by name.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const passages = this;
    this.extension = Extension.create({
      name: 'commentPassages',
      addProseMirrorPlugins: () => [this.plugin()],
      onCreate() {
        passages.editor = this.editor;
        passages.readSelection();
        passages.moveListeners.forEach((listener) => listener());
      },
      onTransaction({ transaction }) {
        passages.readSelection();
        passages.followCaret(transaction);
        if (transaction.docChanged || transaction.getMeta(key)) passages.moveListeners.forEach((listener) => listener());
      },
      // Ctrl+Alt+M (Cmd+Option+M on a Mac) comments on the selection, as in Google Docs and Word;
      // with nothing selected, in a highlighted passage, it goes to that passage's comment.
      addKeyboardShortcuts: () => ({
        'Mod-Alt-m': () => this.requestComment(),
      }),
      onDestroy() {
        if (passages.editor === this.editor) passages.editor = null;
        passages.setSelected(null);
      },
    });
    this.extensions = [this.extension];
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getSelected = () => this.selected;

  /** Calls `listener` whenever the text changes or its highlights are redrawn; returns the unsubscribe. */
  onMove(listener: () => void): () => void {
    this.moveListeners.add(listener);
    return () => void this.moveListeners.delete(listener);
  }

  /**
   * Where each highlighted thread's passage starts on screen (viewport top), by thread id; a
   * passage not in the text now is absent. Read from the highlights already drawn (mapped through
   * every edit), so it costs one lookup per passage, not a walk of the document.
   */
  passageTops(): Map<string, number> {
    const tops = new Map<string, number>();
    const editor = this.editor;
    if (!editor || editor.isDestroyed) return tops;
    for (const decoration of key.getState(editor.state)?.find() ?? []) {
      const id = (decoration.spec as { id: string }).id;
      try {
        // A passage over several paragraphs may be drawn in pieces: its first line is the highest.
        const top = editor.view.coordsAtPos(decoration.from, 1).top;
        tops.set(id, Math.min(top, tops.get(id) ?? top));
      } catch {
        return tops; // the view is not laid out (e.g. hidden)
      }
    }
    return tops;
  }

  /**
   * Whether "Comment" is offered by the selection now: someone who may comment, the form loaded
   * and not open already (it follows the selection then; the button, placed by the selection,
   * could sit over the formatting buttons once the text scrolls under them).
   */
  canComment = () => this.commentHandler !== null && !this.formOpen;

  /** The new-comment form says when it opens and closes. */
  setFormOpen(open: boolean): void {
    if (open === this.formOpen) return;
    this.formOpen = open;
    this.listeners.forEach((listener) => listener());
  }

  setCommentHandler(handler: (() => void) | null): void {
    this.commentHandler = handler;
    this.listeners.forEach((listener) => listener());
  }

  /**
   * Opens the new-comment form on what is selected; with nothing selected and the cursor in a
   * highlighted passage, goes to that passage's comment (onOpen). False if it did neither.
   */
  requestComment(): boolean {
    if (this.selected && this.commentHandler) {
      this.commentHandler();
      return true;
    }
    if (this.selected || !this.caretIn || !this.onOpen) return false;
    this.onOpen(this.caretIn);
    return true;
  }

  /** Where the selection ends on screen (viewport coordinates), to put the "Comment" button beside it. */
  selectionEndBox(): { top: number; bottom: number; left: number } | null {
    const editor = this.editor;
    if (!editor || editor.isDestroyed || !this.selected) return null;
    try {
      const { top, bottom, left } = editor.view.coordsAtPos(editor.state.selection.to);
      return { top, bottom, left };
    } catch {
      return null; // the view is not laid out (e.g. hidden)
    }
  }

  /** The passages of the open threads; redrawn only when they change. */
  setPassages(passages: MarkedPassage[]): void {
    const same = passages.length === this.marked.length && passages.every((p, i) => p.id === this.marked[i].id && p.start === this.marked[i].start && p.end === this.marked[i].end);
    if (same) return;
    this.marked = passages;
    this.redraw();
  }

  setActive(id: string | null): void {
    if (id === this.active) return;
    this.active = id;
    this.redraw();
  }

  /** An anchor for what is selected in the text, or null if nothing (or no text) is. */
  anchorForSelection(): { start: string; end: string } | null {
    const editor = this.editor;
    const fragment = editor && fragmentOf(editor.state);
    if (!editor || !fragment) return null;
    const { from, to } = editor.state.selection;
    return anchorFor(fragment, editor.state.doc, from, to);
  }

  /**
   * Marks a thread's passage and brings it into view; in an editable text, also selects it and
   * moves there. False when the passage is no longer in the text.
   */
  reveal(id: string): boolean {
    const passage = this.marked.find((p) => p.id === id);
    const range = passage && this.rangeIn(passage);
    if (!range) return false;
    this.setActive(id);
    this.show(range);
    return true;
  }

  /** Whether the text here can be written in (not review mode, nor a role that only reads). */
  editable = () => !!this.editor && !this.editor.isDestroyed && this.editor.isEditable;

  /** Puts the cursor back in the text where it was, in view; false (nothing done) when the text is not editable here. */
  focusText(): boolean {
    if (!this.editable()) return false;
    this.editor!.chain().focus().scrollIntoView().run();
    return true;
  }

  /**
   * Selects any anchored passage (a criterion's, say) and brings it into view, as `reveal` does
   * a thread's; false when it is no longer in the text or no editor is there.
   */
  revealAnchor(anchor: { start: string; end: string }): boolean {
    const range = this.rangeIn(anchor);
    if (!range) return false;
    this.show(range);
    return true;
  }

  /** Where an anchored passage stands in the text now; null when it is gone or no editor is there. */
  private rangeIn(anchor: { start: string; end: string }): { from: number; to: number } | null {
    const editor = this.editor;
    const fragment = editor && fragmentOf(editor.state);
    return fragment ? rangeOf(fragment, editor.state.doc, anchor) : null;
  }

  /** Selects a range and scrolls to it in an editable text; in a read-only one, only scrolls it into view. */
  private show(range: { from: number; to: number }): void {
    const editor = this.editor!;
    if (editor.isEditable) {
      editor.chain().focus().setTextSelection(range).scrollIntoView().run();
    } else {
      const { node } = editor.view.domAtPos(range.from);
      (node instanceof Element ? node : node.parentElement)?.scrollIntoView?.({ block: 'center' });
    }
  }

  private plugin(): Plugin<DecorationSet> {
    return new Plugin<DecorationSet>({
      key,
      state: {
        init: (_, state) => this.decorate(state),
        apply: (tr: Transaction, old, _before, state) => {
          const remote = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin;
          if (tr.getMeta(key) || remote) return this.decorate(state);
          return tr.docChanged ? old.map(tr.mapping, tr.doc) : old;
        },
      },
      props: {
        decorations: (state) => key.getState(state),
        handleClick: (view, pos) => {
          const [hit] = key.getState(view.state)?.find(pos, pos) ?? [];
          // Told after ProseMirror has placed the cursor where the click was: the panel's answer
          // redraws the highlights, and a redraw sooner would put the cursor back where it was.
          // A click outside every passage lets go of the one chosen before.
          const id = hit ? (hit.spec as { id: string }).id : null;
          setTimeout(() => this.onPick?.(id));
          return false;
        },
      },
    });
  }

  private decorate(state: EditorState): DecorationSet {
    const fragment = fragmentOf(state);
    if (!fragment || !this.marked.length) return DecorationSet.empty;
    const decorations: Decoration[] = [];
    for (const passage of this.marked) {
      const range = rangeOf(fragment, state.doc, passage);
      if (!range) continue;
      const active = passage.id === this.active;
      // A <mark> tied to its thread (aria-details): a screen reader says the words are marked and
      // can go to the comment from them, in read-only text too, where there is no cursor to move.
      const attrs = { nodeName: 'mark', class: active ? `${MARK} ${MARK}--active` : MARK, 'data-comment-id': passage.id, 'aria-details': `thread-${passage.id}` };
      decorations.push(Decoration.inline(range.from, range.to, attrs, { id: passage.id, inclusiveStart: false, inclusiveEnd: false }));
    }
    return DecorationSet.create(state.doc, decorations);
  }

  private redraw(): void {
    const editor = this.editor;
    if (!editor || editor.isDestroyed) return;
    const tr = editor.state.tr.setMeta(key, true).setMeta('addToHistory', false);
    // A click may have moved the browser's cursor before ProseMirror read it (it reads on the
    // selectionchange that follows): dispatching the old selection would put the cursor back.
    const placed = this.cursorInDom(editor);
    if (placed) tr.setSelection(TextSelection.create(tr.doc, placed.anchor, placed.head));
    editor.view.dispatch(tr);
  }

  /** Where the browser's selection is in the text, when it stands in text the state has not caught up with; null otherwise. */
  private cursorInDom(editor: Editor): { anchor: number; head: number } | null {
    const { view } = editor;
    const dom = (view.root as Document).getSelection?.();
    if (!view.hasFocus() || !dom?.anchorNode || !dom.focusNode || !view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return null;
    if (dom.anchorNode.nodeType !== Node.TEXT_NODE || dom.focusNode.nodeType !== Node.TEXT_NODE) return null;
    try {
      const anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
      const head = view.posAtDOM(dom.focusNode, dom.focusOffset);
      const { selection } = editor.state;
      return selection.anchor === anchor && selection.head === head ? null : { anchor, head };
    } catch {
      return null;
    }
  }

  /** Tells onCaretIn when a local move of the cursor (not others' text arriving) takes it into a highlighted passage or out of one. */
  private followCaret(tr: Transaction): void {
    const editor = this.editor;
    const remote = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin;
    if (!editor || remote || !(tr.selectionSet || tr.getMeta(key))) return;
    const { selection } = editor.state;
    const id = selection.empty ? this.passageAt(selection.from) : null;
    if (id === this.caretIn) return;
    this.caretIn = id;
    this.onCaretIn?.(id);
  }

  /** The thread whose highlighted passage holds `pos` (from its first character up to its last), if any. */
  private passageAt(pos: number): string | null {
    const editor = this.editor;
    const hit =
      editor &&
      key
        .getState(editor.state)
        ?.find(pos, pos)
        .find((d) => d.from <= pos && pos < d.to);
    return hit ? (hit.spec as { id: string }).id : null;
  }

  private readSelection(): void {
    const editor = this.editor;
    if (!editor) return;
    const { doc, selection } = editor.state;
    const range = textRange(doc, selection.from, selection.to);
    this.setSelected(range && { ...range, quote: passageText(doc, range.from, range.to) });
  }

  private setSelected(selected: SelectedPassage | null): void {
    if (sameSelection(selected, this.selected)) return;
    this.selected = selected;
    this.listeners.forEach((listener) => listener());
  }
}

/** A new link for each section shown (the key says when). */
// eslint-disable-next-line react-hooks/exhaustive-deps -- sectionId is the key, not an input
export const useCommentPassages = (sectionId: string) => useMemo(() => new CommentPassages(), [sectionId]);

/** What is selected in the section's text now. */
export const useSelectedPassage = (passages: CommentPassages) => useSyncExternalStore(passages.subscribe, passages.getSelected);

/** Whether "Comment" on the selection would open a form now. */
export const useCanCommentOnSelection = (passages: CommentPassages) => useSyncExternalStore(passages.subscribe, passages.canComment);
