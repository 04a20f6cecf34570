import { Fragment, type ReactNode } from 'react';

// Revisions come as the Markdown the server writes (packages/section-content, markdown.ts):
// headings, lists, quotes, code, bold, italic, strike, links, escapes. This reads that much
// back into React elements for a person to read: never HTML, so nothing in it can run.

const LIST_ITEM = /^( *)([-+*]|\d{1,9}[.)])( +|$)/;
const BLOCK_START = /^(#{1,6} |```|> ?|---\s*$|( *)([-+*]|\d{1,9}[.)])( +|$))/;

const INLINE = new RegExp(
  [
    /\\([!-/:-@[-`{-~])/, // 1: an escaped character
    /&#(\d+);|&#x([0-9a-f]+);/, // 2, 3: a character reference
    /&(amp|lt|gt|quot|nbsp);/, // 4: a named entity
    /`([^`]+)`/, // 5: code
    /\*\*(.+?)\*\*/, // 6: bold
    /~~(.+?)~~/, // 7: strike
    /\*(.+?)\*|(?<![\p{L}\p{N}])_(.+?)_(?![\p{L}\p{N}])/u, // 8, 9: italic
    /\[((?:\\.|[^\]])*)\]\(([^)\s]+)(?: "[^"]*")?\)/, // 10, 11: link
    /\\\n| {2,}\n|\n/, // a line break
  ]
    .map((r) => r.source)
    .join('|'),
  'giu',
);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' };
const safeHref = (href: string) => (/^(https?:|mailto:)/i.test(href) ? href : undefined);

export function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    last = m.index + m[0].length;
    const k = out.length;
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined || m[3] !== undefined) out.push(String.fromCodePoint(m[2] ? Number(m[2]) : parseInt(m[3], 16)));
    else if (m[4] !== undefined) out.push(ENTITIES[m[4]]);
    else if (m[5] !== undefined) out.push(<code key={k}>{m[5]}</code>);
    else if (m[6] !== undefined) out.push(<strong key={k}>{inline(m[6])}</strong>);
    else if (m[7] !== undefined) out.push(<s key={k}>{inline(m[7])}</s>);
    else if (m[8] !== undefined || m[9] !== undefined) out.push(<em key={k}>{inline(m[8] ?? m[9])}</em>);
    else if (m[10] !== undefined) out.push(<a key={k} className="nhsuk-link" href={safeHref(m[11])}>{inline(m[10])}</a>);
    else out.push(m[0] === '\n' ? ' ' : <br key={k} />);
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** The lines of a list, split into items: each item's lines with its marker and indent taken off. */
function listItems(lines: string[]): { ordered: boolean; start: number; items: string[][] } {
  const first = LIST_ITEM.exec(lines[0])!;
  const items: string[][] = [];
  for (const line of lines) {
    const marker = LIST_ITEM.exec(line);
    // Numbers are right-aligned (" 9.", "10."), so an item may sit a space off the first.
    if (marker && marker[1].length <= first[1].length + 1) items.push([line.slice(marker[0].length)]);
    else items[items.length - 1].push(line.replace(/^ {1,4}/, ''));
  }
  return { ordered: /\d/.test(first[2]), start: parseInt(first[2], 10) || 1, items };
}

export function blocks(markdown: string): ReactNode[] {
  const lines = markdown.split('\n');
  const out: ReactNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const k = out.length;
    if (!line.trim()) {
      i++;
    } else if (/^#{1,6} /.test(line)) {
      const level = line.indexOf(' ');
      // Below the revision's own h3, so that the page's outline stays in order.
      const Heading = `h${Math.min(level, 3) + 3}` as 'h4' | 'h5' | 'h6';
      out.push(<Heading key={k} className={`app-preview-h${Math.min(level, 3)}`}>{inline(line.slice(level + 1).trim())}</Heading>);
      i++;
    } else if (line.startsWith('```')) {
      const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
      const stop = end === -1 ? lines.length : end;
      out.push(<pre key={k}><code>{lines.slice(i + 1, stop).join('\n')}</code></pre>);
      i = stop + 1;
    } else if (/^---\s*$/.test(line)) {
      out.push(<hr key={k} />);
      i++;
    } else if (/^> ?/.test(line)) {
      const quoted: string[] = [];
      for (; i < lines.length && /^>/.test(lines[i]); i++) quoted.push(lines[i].replace(/^> ?/, ''));
      out.push(<blockquote key={k}>{blocks(quoted.join('\n'))}</blockquote>);
    } else if (LIST_ITEM.test(line)) {
      // The list goes on through its items, their indented lines and blank lines between them,
      // until a line that is none of those, or an item of the other kind (bullets, numbers).
      const isOrdered = (l: string) => /^\d/.test(l);
      const inList = (l?: string) => l !== undefined && (l.startsWith(' ') || (LIST_ITEM.test(l) && isOrdered(l) === isOrdered(line)));
      const listLines: string[] = [];
      for (; i < lines.length && (inList(lines[i]) || (!lines[i].trim() && inList(lines[i + 1]))); i++) listLines.push(lines[i]);
      const { ordered, start, items } = listItems(listLines);
      const children = items.map((item, j) => <li key={j}>{blocks(item.join('\n'))}</li>);
      out.push(ordered ? <ol key={k} start={start}>{children}</ol> : <ul key={k}>{children}</ul>);
    } else {
      const paragraph: string[] = [];
      for (; i < lines.length && lines[i].trim() && (paragraph.length === 0 || !BLOCK_START.test(lines[i])); i++) paragraph.push(lines[i]);
      out.push(<p key={k}>{inline(paragraph.join('\n'))}</p>);
    }
  }
  return out;
}

/** A revision's text, laid out as the editor shows it. */
export function MarkdownPreview({ markdown }: { markdown: string }) {
  return <Fragment>{blocks(markdown)}</Fragment>;
}
