import type { Node as PMNode } from '@tiptap/pm/model';
import { MarkdownParser, defaultMarkdownParser } from 'prosemirror-markdown';
import { sectionSchema } from './schema.js';

// Markdown in, on its own (the "./markdown-parser" export): the browser's revision preview reads
// revisions with it, without the Yjs side of this package that markdown.ts brings along.

type Tokenizer = typeof defaultMarkdownParser.tokenizer;

// markdown-it is prosemirror-markdown's dependency, not ours: borrow its constructor for an
// instance of our own, so that turning on ~~strike~~ leaves the shared default parser alone.
// HTML stays off: raw HTML in Markdown is kept as text, never as markup.
export const MarkdownIt = defaultMarkdownParser.tokenizer.constructor as new (preset: 'commonmark', options: { html: boolean }) => Tokenizer;
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

/** A section's Markdown as a document of the section's schema, as the editor would hold it. */
export function markdownToDoc(md: string): PMNode {
  return sectionMarkdownParser.parse(md);
}
