/**
 * What a paste from Word or Google Docs becomes before the editor's schema reads it. The schema
 * (StarterKit) already keeps headings, lists, bold, italic and links as browsers give them; this
 * puts right what those two programs write differently, and turns what a section cannot hold into
 * what it can, saying so (`notes`), so that nothing is dropped without a word:
 * - Word writes list items as paragraphs (`class=MsoListParagraph…`, `mso-list:l0 level1`) with the
 *   bullet or number as text: they become real lists, nested by level.
 * - Google Docs wraps everything in `<b style="font-weight:normal" id="docs-internal-guid-…">`:
 *   unwrapped, so the paste is not all bold.
 * - Headings deeper than a section allows become its deepest heading.
 * - A table becomes its rows, a paragraph each, cells separated by " | ".
 * - Images are left out (sections hold text only), counted in the notes.
 */

/** The deepest heading a section may hold (packages/section-content/src/schema.ts). */
const DEEPEST_HEADING = 3;
const CELL_SEPARATOR = ' | ';

export interface PasteResult {
  html: string;
  /** Plain sentences for the live region, e.g. "1 image was left out: sections hold text only." */
  notes: string[];
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Word's list level and whether the item is numbered, from its paragraph, or null if it is no list item. */
function wordListItem(p: Element): { level: number; list: string; ordered: boolean } | null {
  const style = p.getAttribute('style') ?? '';
  const match = /mso-list:\s*(l\d+)\s+level(\d+)/i.exec(style);
  if (!match && !/^MsoListParagraph/i.test(p.getAttribute('class') ?? '')) return null;
  // The marker Word writes as text, in a span marked mso-list:Ignore (inside a conditional comment on old versions).
  const marker = p.querySelector('span[style*="mso-list:Ignore" i], span[style*="mso-list: Ignore" i]');
  const markerText = (marker?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
  return { level: match ? Number(match[2]) : 1, list: match ? match[1] : 'l0', ordered: /^(\(?[0-9a-zA-Z]{1,4}[.)])$/.test(markerText) };
}

/** Word's list paragraphs as nested <ul>/<ol>, in place. */
function wordLists(body: HTMLElement) {
  const doc = body.ownerDocument;
  let stack: { level: number; list: HTMLElement }[] = [];
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const item = wordListItem(p);
    if (!item) continue;
    // A run goes on while its paragraphs follow one another: the previous one is in the run's list by now.
    if (!stack.length || p.previousElementSibling !== stack[0].list) stack = [];
    p.querySelectorAll('span[style*="mso-list:Ignore" i], span[style*="mso-list: Ignore" i]').forEach((s) => s.remove());
    const li = doc.createElement('li');
    const inner = doc.createElement('p');
    inner.innerHTML = p.innerHTML;
    li.append(inner);
    while (stack.length && stack[stack.length - 1].level > item.level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < item.level) {
      const list = doc.createElement(item.ordered ? 'ol' : 'ul');
      // A deeper level nests in the last item of the level above it.
      if (top) (top.list.lastElementChild ?? top.list).append(list);
      else p.before(list);
      top = { level: item.level, list };
      stack.push(top);
    }
    top.list.append(li);
    p.remove();
  }
}

/** A table's rows as paragraphs, cells separated; returns how many tables there were. */
function flattenTables(body: HTMLElement): number {
  const doc = body.ownerDocument;
  // Innermost first, so that a table in a cell becomes text before its outer table does.
  const tables = Array.from(body.querySelectorAll('table')).reverse();
  for (const table of tables) {
    const rows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
    const paragraphs = rows
      .map((tr) =>
        Array.from(tr.children)
          .filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
          .map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())
          .filter(Boolean)
          .join(CELL_SEPARATOR),
      )
      .filter(Boolean)
      .map((text) => {
        const p = doc.createElement('p');
        p.textContent = text;
        return p;
      });
    table.replaceWith(...paragraphs);
  }
  return tables.length;
}

/** Removes images (and Word's VML shapes), returning how many pictures there were. */
function dropImages(body: HTMLElement): number {
  let images = 0;
  const emptied = new Set<Element>();
  body.querySelectorAll('img, picture, svg, video, object, embed').forEach((el) => {
    if (!el.parentElement?.closest('picture, svg')) images++;
    const block = el.closest('p');
    if (block) emptied.add(block);
    el.remove();
  });
  // Word (older versions) writes a picture as a VML shape with an <img> fallback in a conditional comment: the shape counts once.
  body.querySelectorAll('*').forEach((el) => {
    if (/^v:(shape|imagedata)$/i.test(el.tagName)) {
      if (/^v:shape$/i.test(el.tagName)) images++;
      el.remove();
    }
  });
  // A paragraph that held only the picture goes with it, rather than leave an empty line.
  emptied.forEach((p) => {
    if (!(p.textContent ?? '').replace(/\u00a0/g, ' ').trim()) p.remove();
  });
  return images;
}

export function cleanPastedHtml(html: string): PasteResult {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.body;
  // Google Docs' wrapper: a <b> that is not bold.
  body.querySelectorAll('b[id^="docs-internal-guid"]').forEach((b) => b.replaceWith(...Array.from(b.childNodes)));
  // Chrome's marker for a paste that ended at a line's end: not a line break of the text.
  body.querySelectorAll('br.Apple-interchange-newline').forEach((br) => br.remove());
  // Google Docs underlines a link's text with a style: that is the link's look, not underlined words.
  body.querySelectorAll<HTMLElement>('a [style*="underline"]').forEach((el) => el.style.removeProperty('text-decoration'));
  // Headings deeper than a section allows keep their place as its deepest heading.
  body.querySelectorAll('h4, h5, h6').forEach((h) => {
    const heading = doc.createElement(`h${DEEPEST_HEADING}`);
    heading.innerHTML = h.innerHTML;
    h.replaceWith(heading);
  });
  // Word's title style is the document's heading.
  body.querySelectorAll('p.MsoTitle').forEach((p) => {
    const heading = doc.createElement('h1');
    heading.innerHTML = p.innerHTML;
    p.replaceWith(heading);
  });
  wordLists(body);
  const images = dropImages(body);
  const tables = flattenTables(body);
  const notes: string[] = [];
  if (tables) notes.push(`${count(tables, 'table was', 'tables were')} pasted as text: each row is a paragraph, its cells separated by a vertical bar.`);
  if (images) notes.push(`${count(images, 'image was', 'images were')} left out: sections hold text only.`);
  return { html: body.innerHTML, notes };
}
