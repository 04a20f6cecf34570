import { contentFragment, sectionSchema } from '@quorum/section-content';
import * as Y from 'yjs';

/**
 * Anchors of comments on a quoted passage.
 *
 * A section's content is a Y.XmlFragment of ProseMirror blocks (paragraphs, headings, list
 * items holding paragraphs...), each text block holding Y.XmlText runs. A passage may span
 * blocks, so an anchor is two Yjs relative positions, each inside one Y.XmlText run:
 * - start: before the passage's first character, attached to that character (assoc 0);
 * - end: after its last character, attached to that character (assoc -1).
 * Text typed just before or just after the passage therefore stays outside it, text typed
 * inside it becomes part of it, and deleted characters drop out. Positions are item ids, so
 * they survive concurrent edits, compaction and Markdown writes that keep the text around
 * them (replaceSectionContent edits only what differs).
 *
 * To read an anchor, both positions are resolved in the current document and mapped onto
 * the section's plain text (`Section.text`: text blocks joined by a blank line, hard breaks
 * as newlines). The passage counts as deleted when nothing is left between them, or when the
 * block holding an end is gone. Joining or splitting a block recreates its text in Yjs, so
 * an end inside such a block reads as deleted; the original quote is always kept.
 */

interface Run {
  text: Y.XmlText;
  /** Offset of the run's first character in the section's plain text. */
  from: number;
  /** Characters of the run that appear in the plain text (0 for runs of blank blocks). */
  length: number;
}

export interface TextIndex {
  text: string;
  runs: Run[];
  byText: Map<Y.XmlText, Run>;
}

const isTextblock = (name: string) => sectionSchema.nodes[name]?.isTextblock ?? false;

const runText = (text: Y.XmlText) => (text.toDelta() as { insert: unknown }[]).map((d) => (typeof d.insert === 'string' ? d.insert : '')).join('');

/** The section's plain text, as `toPlainText` gives it, with where each Y.XmlText run sits in it. */
export function indexText(doc: Y.Doc): TextIndex {
  let text = '';
  const runs: Run[] = [];
  const block = (element: Y.XmlElement | Y.XmlFragment) => {
    let own = '';
    const pieces: { text: Y.XmlText; offset: number; length: number }[] = [];
    for (const child of element.toArray()) {
      if (child instanceof Y.XmlText) {
        const s = runText(child);
        pieces.push({ text: child, offset: own.length, length: s.length });
        own += s;
      } else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') {
        own += '\n';
      }
    }
    if (own.trim() === '') {
      for (const p of pieces) runs.push({ text: p.text, from: text.length, length: 0 });
      return;
    }
    if (text !== '') text += '\n\n';
    const base = text.length;
    text += own;
    for (const p of pieces) runs.push({ text: p.text, from: base + p.offset, length: p.length });
  };
  const walk = (node: Y.XmlElement | Y.XmlFragment) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlElement) (isTextblock(child.nodeName) ? block : walk)(child);
      else if (child instanceof Y.XmlText) block(node); // text directly in a container: read it as one block
    }
  };
  walk(contentFragment(doc));
  return { text, runs, byText: new Map(runs.map((r) => [r.text, r])) };
}

const memo = new WeakMap<Y.Doc, { version: number; index: TextIndex }>();

/** The text index of a live document at a version, computed once per version. */
export function indexAt(doc: Y.Doc, version: number): TextIndex {
  const cached = memo.get(doc);
  if (cached?.version === version) return cached.index;
  const index = indexText(doc);
  memo.set(doc, { version, index });
  return index;
}

/** Where a relative position falls in the plain text, or undefined if its block is gone. */
function offsetOf(doc: Y.Doc, index: TextIndex, encoded: Uint8Array): number | undefined {
  let position: Y.AbsolutePosition | null;
  try {
    position = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(encoded), doc);
  } catch {
    return undefined;
  }
  const run = position && position.type instanceof Y.XmlText ? index.byText.get(position.type) : undefined;
  return run ? run.from + Math.min(position!.index, run.length) : undefined;
}

export interface ResolvedAnchor {
  /** What the passage reads now ('' when deleted). */
  text: string;
  deleted: boolean;
  /** Offsets of the passage in `Section.text` now; null when deleted. */
  from: number | null;
  to: number | null;
}

export function resolveAnchor(doc: Y.Doc, index: TextIndex, start: Uint8Array, end: Uint8Array): ResolvedAnchor {
  const from = offsetOf(doc, index, start);
  const to = offsetOf(doc, index, end);
  if (from === undefined || to === undefined || to <= from) return { text: '', deleted: true, from: null, to: null };
  return { text: index.text.slice(from, to), deleted: false, from, to };
}

/** Relative positions for the plain-text range [from, to), or undefined if it holds no text of a run. */
export function anchorRange(index: TextIndex, from: number, to: number): { start: Uint8Array; end: Uint8Array } | undefined {
  const first = index.runs.find((r) => r.length > 0 && r.from + r.length > from && r.from < to);
  const last = index.runs.findLast((r) => r.length > 0 && r.from < to && r.from + r.length > from);
  if (!first || !last) return undefined;
  const start = Y.createRelativePositionFromTypeIndex(first.text, Math.max(0, from - first.from), 0);
  const end = Y.createRelativePositionFromTypeIndex(last.text, Math.min(last.length, to - last.from), -1);
  return { start: Y.encodeRelativePosition(start), end: Y.encodeRelativePosition(end) };
}

/**
 * The range of the `occurrence`-th (from 0) appearance of `quote` in the plain text: as typed,
 * or else ignoring case, spacing and the kind of quote marks and dashes, since someone typing a
 * passage they hear read aloud cannot tell “ from " or a line break from a space.
 */
export function findQuote(index: TextIndex, quote: string, occurrence: number): { from: number; to: number } | undefined {
  // Only words not there as typed are looked for loosely: otherwise the loose count, which
  // includes the exact matches, would turn an occurrence past the last into another passage.
  if (index.text.includes(quote)) return findExactly(index.text, quote, occurrence);
  return findLoosely(index.text, quote, occurrence);
}

function findExactly(text: string, quote: string, occurrence: number) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return undefined;
  }
  return { from: at, to: at + quote.length };
}

function findLoosely(text: string, quote: string, occurrence: number) {
  const haystack = folded(text);
  const needle = folded(quote.trim()).text;
  if (!needle) return undefined;
  const found = findExactly(haystack.text, needle, occurrence);
  if (!found) return undefined;
  return { from: haystack.origin[found.from], to: haystack.origin[found.to - 1] + 1 };
}

const FOLDS: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '′': "'", '“': '"', '”': '"', '„': '"', '″': '"', '–': '-', '—': '-', '‐': '-', '‑': '-', '−': '-' };

/** Text folded for a forgiving search, with the offset in the original of each folded character. */
function folded(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (/\s/.test(char)) {
      if (out.endsWith(' ')) continue;
      out += ' ';
    } else {
      const lower = char.toLowerCase();
      out += FOLDS[char] ?? (lower.length === 1 ? lower : char);
    }
    origin.push(i);
  }
  return { text: out, origin };
}
