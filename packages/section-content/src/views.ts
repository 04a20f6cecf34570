import { createHash } from 'node:crypto';
import type { JSONContent } from '@tiptap/core';
import type { Mark, NodeType, Node as PMNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { attributeProblem, formatProblem, itemProblem } from './content-check.js';
import { sectionSchema } from './schema.js';
import { acceptedDoc } from './suggestions.js';
import { asDoc, contentFragment, type ContentSource } from './ydoc.js';

// y-prosemirror stores a mark that may overlap itself under "name--hash"; none of StarterKit's
// marks do, but read them the way y-prosemirror does.
const markName = (attr: string) => /^(.*)--[a-zA-Z0-9+/=]{8}$/.exec(attr)?.[1] ?? attr;

function marksOf(textblock: NodeType, attributes: Record<string, unknown>, strict: boolean): Mark[] {
  const marks: Mark[] = [];
  for (const [key, attrs] of Object.entries(attributes)) {
    const problem = formatProblem(textblock, key, attrs);
    if (problem && strict) throw new Error(problem);
    if (!problem) marks.push(sectionSchema.mark(markName(key), attrs as Record<string, unknown>));
  }
  return marks;
}

function textNodes(text: Y.XmlText, textblock: NodeType, strict: boolean): PMNode[] {
  const delta = text.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>;
  return delta.map((d) => {
    if (typeof d.insert !== 'string') throw new Error('embed in text');
    return sectionSchema.text(d.insert, marksOf(textblock, d.attributes ?? {}, strict));
  });
}

function attributesOf(element: Y.XmlElement, strict: boolean): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(element.getAttributes())) {
    const problem = attributeProblem(element.nodeName, key, value);
    if (problem && strict) throw new Error(problem);
    if (!problem) attrs[key] = value;
  }
  return attrs;
}

// y-prosemirror's own readers delete from the Y.Doc whatever does not fit the schema (that is
// how the editor heals odd merges). A read view must not write, so this mirrors their mapping
// but skips what the editor cannot show (content-check.ts: content stored before updates were
// checked, e.g. a plain value, text at the top level, an unknown attribute or mark), or throws
// when `strict`.
function toNodes(children: unknown[], parent: NodeType, strict: boolean): PMNode[] {
  const nodes: PMNode[] = [];
  for (const child of children) {
    try {
      const problem = child instanceof Y.AbstractType && child._item ? itemProblem(child._item) : 'neither an XML element nor XML text';
      if (problem) throw new Error(problem);
      if (child instanceof Y.XmlElement) {
        const type = sectionSchema.nodes[child.nodeName];
        const content = toNodes(child.toArray(), type, strict);
        nodes.push(type.create(attributesOf(child, strict), content));
      } else if (child instanceof Y.XmlText) {
        nodes.push(...textNodes(child, parent, strict));
      }
    } catch (e) {
      if (strict) throw e;
    }
  }
  return nodes;
}

/** The ProseMirror document a section's content shows as in the editor. */
export function toProseMirrorDoc(source: ContentSource, strict = false): PMNode {
  const content = toNodes(contentFragment(asDoc(source)).toArray(), sectionSchema.topNodeType, strict);
  const top = sectionSchema.topNodeType;
  // The editor shows an empty fragment as one empty paragraph: fill it so both read the same.
  return top.createAndFill(null, content) ?? top.create(null, content);
}

/**
 * A document of some of the section's top-level blocks (as toProseMirrorDoc reads them), not
 * checked against the schema's content expression: what the suggestion check compares.
 */
export function blocksToProseMirrorDoc(blocks: Y.XmlElement[]): PMNode {
  return sectionSchema.topNodeType.create(null, toNodes(blocks, sectionSchema.topNodeType, false));
}

export function toProseMirrorJSON(source: ContentSource): JSONContent {
  return toProseMirrorDoc(source).toJSON() as JSONContent;
}

/**
 * The section's accepted text as a ProseMirror document: pending suggestions rejected
 * (suggestions.ts). Every read view below is of it, so suggesting changes none of them.
 */
export function toAcceptedDoc(source: ContentSource): PMNode {
  return acceptedDoc(toProseMirrorDoc(source));
}

/** Text of each non-empty block (paragraph, heading, code), blocks separated by a blank line. */
export function toPlainText(source: ContentSource): string {
  const blocks: string[] = [];
  toAcceptedDoc(source).descendants((node) => {
    if (!node.isTextblock) return true;
    const text = node.textBetween(0, node.content.size, undefined, (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : ''));
    if (text.trim() !== '') blocks.push(text);
    return false;
  });
  return blocks.join('\n\n');
}

/**
 * Words as a word processor counts them: runs of non-space characters holding a letter or a
 * digit, so "well-known", "3.5" and "1,000" are one word each and a lone "-" or "..." is none.
 */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export function wordCount(source: ContentSource): number {
  return countWords(toPlainText(source));
}

/** JSON with object keys sorted at every level, so equal values always give equal strings. */
export function canonicalJSON(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJSON).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const entries = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJSON(record[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * SHA-256 (hex) of the canonical JSON of the document. It is taken from the ProseMirror
 * document, not the Yjs state, so the same content gives the same hash whatever edits led to it;
 * and of the accepted text, so pending suggestions leave it (and sign-offs) as they were.
 */
export function contentHash(source: ContentSource): string {
  return createHash('sha256')
    .update(canonicalJSON(toAcceptedDoc(source).toJSON()))
    .digest('hex');
}
