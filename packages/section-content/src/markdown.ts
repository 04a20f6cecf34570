import type { JSONContent } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { MarkdownSerializer, type MarkdownSerializerState, defaultMarkdownSerializer } from 'prosemirror-markdown';
import { MarkdownIt, markdownToDoc } from './markdown-parser.js';
import { toAcceptedDoc } from './views.js';
import type { ContentSource } from './ydoc.js';

export { markdownToDoc, sectionMarkdownParser } from './markdown-parser.js';

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

// Text that reads as HTML, an autolink or an entity would come back as something else (and
// other renderers would run the HTML): escape "<" and entity-like "&...;" as well.
const ESCAPE_EXTRA = /<|&(?=#?[0-9A-Za-z]+;)/g;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Escape what Markdown reads as inline markup anywhere in a line: prosemirror-markdown's
 * `state.esc` without its start-of-line part, and with one fix. It leaves "_" unescaped between
 * two word characters (a snake_case name), but counts "_" itself as one, so in "__A ___~" a bare
 * "_" is left next to an escaped one and the pair reads as emphasis. Here "_" stays bare only
 * between letters or digits, where CommonMark never reads it as emphasis.
 */
function escapeInline(text: string): string {
  return text
    .replace(/[`*\\~[\]_]/g, (m, i: number) => (m === '_' && LETTER_OR_DIGIT.test(text.charAt(i - 1)) && LETTER_OR_DIGIT.test(text.charAt(i + 1)) ? m : `\\${m}`))
    .replace(ESCAPE_EXTRA, '\\$&');
}

// What prosemirror-markdown's state tracks but does not declare in its typings.
interface StateInternals {
  out: string;
  atBlockStart: boolean;
  inAutolink?: boolean;
}

/** A character reference for a space or tab, which Markdown would strip at a line's edges. */
const charRef = (c: string) => `&#${c.charCodeAt(0)};`;

/**
 * Escape what would start a block at the start of a line: `text` has been through
 * `escapeInline` (so `*`, `_`, `` ` ``, `~`, `[` and `<` are harmless) and has no leading
 * whitespace.
 * A marker whose end falls at the end of `text` is escaped too, since what follows on the line
 * (a space expelled from a bold run, say) could complete it. Nothing else is touched: "-5",
 * "12.3 points", "#tag" and "=>" stay as written.
 */
function escapeLineStart(text: string): string {
  return (
    text
      // > quote
      .replace(/^>/, '\\>')
      // # heading (up to six #, then a space, a tab or the end)
      .replace(/^#{1,6}(?=[ \t]|$)/, '\\$&')
      // - or + bullet, then a space, a tab or the end
      .replace(/^[-+](?=[ \t]|$)/, '\\$&')
      // --- thematic break, or a - or = setext underline after a line of paragraph
      .replace(/^-(?=[- \t]*$)/, '\\-')
      .replace(/^=(?==*[ \t]*$)/, '\\=')
      // 1. or 1) ordered list (at most nine digits), then a space, a tab or the end
      .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2')
  );
}

/** Is the output at the start of a line, with at most the enclosing blocks' markers on it? */
function atLineStart(out: string): boolean {
  return /^(?:[> ]|[-+*] |\d+[.)] )*$/.test(out.slice(out.lastIndexOf('\n') + 1));
}

/**
 * A text node. prosemirror-markdown escapes block markers only at the very start of a block and
 * only some of them ("+" and "0)" get through, and "-5" is escaped for nothing): here each line
 * the text starts (a paragraph's first, or one after a hard break) gets `escapeLineStart`, and
 * spaces or tabs that Markdown would strip at the start of a line or the end of a paragraph are
 * written as character references, so that any plain text reads back as itself.
 */
function text(state: MarkdownSerializerState, node: PMNode, parent: PMNode, index: number): void {
  const internals = state as unknown as StateInternals;
  const value = node.text ?? '';
  if (internals.inAutolink) {
    state.text(value, false);
    return;
  }
  // Trailing hard breaks are not written, so text before them ends the block.
  let endsBlock = true;
  for (let i = index + 1; i < parent.childCount && endsBlock; i++) {
    endsBlock = parent.child(i).type.name === 'hardBreak';
  }
  const lines = value.split('\n');
  lines.forEach((line, i) => {
    if (i > 0) state.text('\n', false);
    state.write(); // closes the previous block and writes the enclosing blocks' markers
    const lineStart = internals.atBlockStart || atLineStart(internals.out);
    // A line that a newline ends (a soft break) loses trailing whitespace too.
    const lineEnd = i < lines.length - 1 || endsBlock;
    let head = '';
    let tail = '';
    let body = line;
    if (lineEnd && /[ \t]$/.test(body)) {
      tail = charRef(body.slice(-1));
      body = body.slice(0, -1);
    }
    if (lineStart && /^[ \t]/.test(body)) {
      head = charRef(body.slice(0, 1));
      body = body.slice(1);
    }
    const escaped = escapeInline(body);
    state.text(head + (lineStart && !head ? escapeLineStart(escaped) : escaped) + tail, false);
  });
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
    text,
  },
  {
    bold: marks.strong,
    italic: marks.em,
    link: marks.link,
    code: marks.code,
    strike: { open: '~~', close: '~~', mixable: true, expelEnclosingWhitespace: true },
    // Markdown has no underline: keep the text, drop the mark.
    underline: { open: '', close: '', mixable: true },
    // Suggestions are left out of the accepted text before it becomes Markdown
    // (suggestions.ts); should one reach here, its text stays and its mark goes.
    insertion: { open: '', close: '', mixable: true },
    deletion: { open: '', close: '', mixable: true },
    // A figure is its words; where they came from is not Markdown's to say.
    figure: { open: '', close: '', mixable: true },
    modification: { open: '', close: '', mixable: true },
  },
  {
    hardBreakNodeName: 'hardBreak',
    escapeExtraCharacters: ESCAPE_EXTRA,
  },
);

export function markdownToProseMirrorJSON(md: string): JSONContent {
  return markdownToDoc(md).toJSON() as JSONContent;
}

export function toMarkdown(source: ContentSource): string {
  // Tiptap lists carry no "tight" flag; tight is how people usually write lists.
  // The accepted text: pending suggestions are not part of it (suggestions.ts).
  return sectionMarkdownSerializer.serialize(toAcceptedDoc(source), { tightLists: true });
}

// A second tokenizer, with tables on, only to notice what the section cannot hold.
const detector = new MarkdownIt('commonmark', { html: false }).enable(['strikethrough', 'table']);

/**
 * What in `md` a section cannot hold and would lose or garble without a word: tables (kept as
 * lines of pipes) and images (dropped). Null when there is nothing of the kind.
 */
export function unsupportedMarkdown(md: string): string | null {
  const tokens = detector.parse(md, {});
  const found: string[] = [];
  if (tokens.some((t) => t.type === 'table_open')) found.push('a table');
  if (tokens.some((t) => t.children?.some((c) => c.type === 'image'))) found.push('an image');
  return found.length ? found.join(' and ') : null;
}
