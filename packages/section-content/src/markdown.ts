import type { JSONContent } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import {
  MarkdownParser,
  MarkdownSerializer,
  type MarkdownSerializerState,
  defaultMarkdownParser,
  defaultMarkdownSerializer,
} from 'prosemirror-markdown';
import { sectionSchema } from './schema.js';
import { toProseMirrorDoc } from './views.js';
import type { ContentSource } from './ydoc.js';

type Tokenizer = typeof defaultMarkdownParser.tokenizer;

// markdown-it is prosemirror-markdown's dependency, not ours: borrow its constructor for an
// instance of our own, so that turning on ~~strike~~ leaves the shared default parser alone.
// HTML stays off: raw HTML in Markdown is kept as text, never as markup.
const MarkdownIt = defaultMarkdownParser.tokenizer.constructor as new (
  preset: 'commonmark',
  options: { html: boolean },
) => Tokenizer;
const tokenizer = new MarkdownIt('commonmark', { html: false }).enable('strikethrough');

const MAX_HEADING = 3;

/** prosemirror-markdown's CommonMark parser, producing Tiptap's node and mark names. */
export const sectionMarkdownParser = new MarkdownParser(sectionSchema, tokenizer, {
  blockquote: { block: 'blockquote' },
  paragraph: { block: 'paragraph' },
  list_item: { block: 'listItem' },
  bullet_list: { block: 'bulletList' },
  ordered_list: {
    block: 'orderedList',
    getAttrs: (tok) => ({ start: Number(tok.attrGet('start')) || 1 }),
  },
  // The editor has headings 1-3 only: deeper ones become level 3 rather than being lost.
  heading: {
    block: 'heading',
    getAttrs: (tok) => ({ level: Math.min(Number(tok.tag.slice(1)), MAX_HEADING) }),
  },
  code_block: { block: 'codeBlock', noCloseToken: true },
  fence: {
    block: 'codeBlock',
    getAttrs: (tok) => ({ language: tok.info.trim().split(/\s+/)[0] || null }),
    noCloseToken: true,
  },
  hr: { node: 'horizontalRule' },
  // The editor has no images, so they are dropped.
  image: { ignore: true, noCloseToken: true },
  hardbreak: { node: 'hardBreak' },
  em: { mark: 'italic' },
  strong: { mark: 'bold' },
  s: { mark: 'strike' },
  link: {
    mark: 'link',
    getAttrs: (tok) => ({ href: tok.attrGet('href'), title: tok.attrGet('title') || null }),
  },
  code_inline: { mark: 'code', noCloseToken: true },
});

const base = defaultMarkdownSerializer.nodes;
const marks = defaultMarkdownSerializer.marks;

function codeBlock(state: MarkdownSerializerState, node: PMNode): void {
  // The fence must be longer than any run of backticks inside the code.
  const runs = node.textContent.match(/`{3,}/g) ?? [];
  const fence = runs.reduce((f, run) => (run.length >= f.length ? `${run}\`` : f), '```');
  state.write(`${fence}${node.attrs.language ?? ''}\n`);
  state.text(node.textContent, false);
  state.write('\n');
  state.write(fence);
  state.closeBlock(node);
}

function orderedList(state: MarkdownSerializerState, node: PMNode): void {
  const start = Number(node.attrs.start) || 1;
  const width = String(start + node.childCount - 1).length;
  state.renderList(node, ' '.repeat(width + 2), (i) => `${String(start + i).padStart(width)}. `);
}

/** prosemirror-markdown's CommonMark serializer, reading Tiptap's node and mark names. */
export const sectionMarkdownSerializer = new MarkdownSerializer(
  {
    paragraph: base.paragraph,
    heading: base.heading,
    blockquote: base.blockquote,
    bulletList: (state, node) => state.renderList(node, '  ', () => '- '),
    orderedList,
    listItem: base.list_item,
    codeBlock,
    horizontalRule: (state, node) => {
      state.write('---');
      state.closeBlock(node);
    },
    hardBreak: base.hard_break,
    text: base.text,
  },
  {
    bold: marks.strong,
    italic: marks.em,
    link: marks.link,
    code: marks.code,
    strike: { open: '~~', close: '~~', mixable: true, expelEnclosingWhitespace: true },
    // Markdown has no underline: keep the text, drop the mark.
    underline: { open: '', close: '', mixable: true },
  },
  {
    hardBreakNodeName: 'hardBreak',
    // Text that reads as HTML, an autolink or an entity would come back as something else (and
    // other renderers would run the HTML): escape "<" and entity-like "&...;" as well.
    escapeExtraCharacters: /<|&(?=#?[0-9A-Za-z]+;)/g,
  },
);

export function markdownToDoc(md: string): PMNode {
  return sectionMarkdownParser.parse(md);
}

export function markdownToProseMirrorJSON(md: string): JSONContent {
  return markdownToDoc(md).toJSON() as JSONContent;
}

export function toMarkdown(source: ContentSource): string {
  // Tiptap lists carry no "tight" flag; tight is how people usually write lists.
  return sectionMarkdownSerializer.serialize(toProseMirrorDoc(source), { tightLists: true });
}
