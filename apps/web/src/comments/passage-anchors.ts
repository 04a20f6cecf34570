import type { Node as PMNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';

/**
 * Between the editor's positions (ProseMirror) and comment anchors (Yjs relative positions,
 * as the server keeps them: see apps/server/src/comments/comment-anchor.ts).
 *
 * An anchor's start is attached to the passage's first character (assoc 0) and its end to its
 * last (assoc -1), both inside a Y.XmlText run of a text block. The Yjs fragment and the
 * ProseMirror document have the same tree (y-tiptap keeps them so), so a position is found
 * by walking both by child index; inside a text block, runs of text count their length and
 * inline nodes (hard breaks) one.
 */

/** A passage in the editor, trimmed to start and end on characters; null if it holds none. */
export function textRange(doc: PMNode, from: number, to: number): { from: number; to: number } | null {
  const size = doc.content.size;
  from = Math.max(0, Math.min(from, size));
  to = Math.max(0, Math.min(to, size));
  while (from < to && !doc.resolve(from).nodeAfter?.isText) from++;
  while (to > from && !doc.resolve(to).nodeBefore?.isText) to--;
  return from < to ? { from, to } : null;
}

/** The passage's words as `Section.text` has them: blocks a blank line apart, hard breaks as new lines. */
export const passageText = (doc: PMNode, from: number, to: number) => doc.textBetween(from, to, '\n\n', '\n');

type Side = 'start' | 'end';

/** The run of text and index in it at an editor position, for the character after (start) or before (end) it. */
function runAt(fragment: Y.XmlFragment, doc: PMNode, pos: number, side: Side): { run: Y.XmlText; index: number } | null {
  const $pos = doc.resolve(pos);
  if (!$pos.parent.isTextblock) return null;
  let parent: Y.XmlFragment = fragment;
  for (let depth = 0; depth < $pos.depth; depth++) {
    const child = parent.get($pos.index(depth));
    if (!(child instanceof Y.XmlElement) || child.nodeName !== $pos.node(depth + 1).type.name) return null;
    parent = child;
  }
  let offset = $pos.parentOffset;
  for (const child of parent.toArray()) {
    const size = child instanceof Y.XmlText ? child.length : 1;
    if (child instanceof Y.XmlText && (side === 'start' ? offset < size : offset > 0 && offset <= size)) return { run: child, index: offset };
    offset -= size;
    if (offset < 0) return null;
  }
  return null;
}

/** An anchor for the passage between two editor positions, or null if it holds no text. */
export function anchorFor(fragment: Y.XmlFragment, doc: PMNode, from: number, to: number): { start: string; end: string } | null {
  const range = textRange(doc, from, to);
  if (!range) return null;
  const first = runAt(fragment, doc, range.from, 'start');
  const last = runAt(fragment, doc, range.to, 'end');
  if (!first || !last) return null;
  const start = Y.createRelativePositionFromTypeIndex(first.run, first.index, 0);
  const end = Y.createRelativePositionFromTypeIndex(last.run, last.index, -1);
  return { start: toBase64(Y.encodeRelativePosition(start)), end: toBase64(Y.encodeRelativePosition(end)) };
}

/** Where a relative position falls in the editor now, or null if its text block is gone. */
function positionOf(fragment: Y.XmlFragment, doc: PMNode, encoded: string): number | null {
  let found: Y.AbsolutePosition | null;
  try {
    found = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(fromBase64(encoded)), fragment.doc!);
  } catch {
    return null;
  }
  if (!found || !(found.type instanceof Y.XmlText)) return null;
  const run = found.type;
  const block = run.parent;
  if (!(block instanceof Y.XmlElement) || !block.toArray().includes(run)) return null;
  // Where the run starts in its block.
  let offset = found.index;
  for (const sibling of block.toArray()) {
    if (sibling === run) break;
    offset += sibling instanceof Y.XmlText ? sibling.length : 1;
  }
  // The block's path of child indexes from the fragment, then the same path in the editor.
  const path: Y.XmlElement[] = [];
  for (let node: Y.XmlElement = block; ;) {
    path.unshift(node);
    const parent = node.parent;
    if (parent === fragment) break;
    if (!(parent instanceof Y.XmlElement)) return null;
    node = parent;
  }
  let pm = doc;
  let pos = 0;
  let parent: Y.XmlFragment = fragment;
  for (const element of path) {
    const index = parent.toArray().indexOf(element);
    if (index < 0 || index >= pm.childCount) return null;
    for (let i = 0; i < index; i++) pos += pm.child(i).nodeSize;
    pm = pm.child(index);
    if (pm.type.name !== element.nodeName) return null;
    pos += 1; // into the node
    parent = element;
  }
  return pm.isTextblock && offset <= pm.content.size ? pos + offset : null;
}

/** Where an anchor's passage is in the editor now; null when it was deleted or cannot be placed. */
export function rangeOf(fragment: Y.XmlFragment, doc: PMNode, anchor: { start: string; end: string }): { from: number; to: number } | null {
  const from = positionOf(fragment, doc, anchor.start);
  const to = positionOf(fragment, doc, anchor.end);
  return from !== null && to !== null && from < to ? { from, to } : null;
}
