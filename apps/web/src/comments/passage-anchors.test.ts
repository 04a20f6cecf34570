import { replaceContentUpdate, sectionSchema } from '@quorum/section-content';
import type { Node as PMNode } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
// The server's own reading of anchors: what the client makes must mean the same passage there.
import { anchorRange, findQuote, indexText, resolveAnchor } from '../../../server/src/comments/comment-anchor';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { anchorFor, passageText, rangeOf, textRange } from './passage-anchors';

const TEXT = 'The team audited sepsis screening.\n\nScreening rose for **Black and Asian** patients in 2024.\n\n- one item\n- two items\n\nLine one  \nline two';

function docWith(markdown: string) {
  const doc = new Y.Doc();
  replaceContentUpdate(doc, markdown);
  return doc;
}

const fragmentOf = (doc: Y.Doc) => doc.getXmlFragment('content');
/** The editor's document for the Yjs one, as y-tiptap builds it. */
const editorDoc = (doc: Y.Doc): PMNode => yXmlFragmentToProseMirrorRootNode(fragmentOf(doc), sectionSchema);

/** Editor positions of the n-th appearance of some words (within one text block, or across blocks as textBetween reads them). */
function find(pm: PMNode, words: string): { from: number; to: number } {
  for (let from = 0; from < pm.content.size; from++) {
    for (let to = from + 1; to <= pm.content.size; to++) {
      const text = pm.textBetween(from, to, '\n\n', '\n');
      if (text === words && textRange(pm, from, to)?.from === from && textRange(pm, from, to)?.to === to) return { from, to };
      if (text.length > words.length) break;
    }
  }
  throw new Error(`"${words}" is not in the document`);
}

const onServer = (doc: Y.Doc, anchor: { start: string; end: string }) => resolveAnchor(doc, indexText(doc), fromBase64(anchor.start), fromBase64(anchor.end));

describe('comment anchors from the editor', () => {
  it.each([
    ['within a paragraph', 'sepsis screening'],
    ['across bold words', 'rose for Black and Asian patients'],
    ['across paragraphs', 'screening.\n\nScreening rose'],
    ['in a list item', 'two items'],
    ['across a hard break', 'one\nline'],
    ['from the very first character', 'The team'],
  ])('mean the same passage on the server, %s', (_, words) => {
    const doc = docWith(TEXT);
    const pm = editorDoc(doc);
    const { from, to } = find(pm, words);
    const anchor = anchorFor(fragmentOf(doc), pm, from, to)!;
    expect(onServer(doc, anchor)).toMatchObject({ text: words, deleted: false });
    // And back again: the editor highlights exactly those words.
    expect(rangeOf(fragmentOf(doc), pm, anchor)).toEqual({ from, to });
  });

  it('leave out what is no text at the ends of a selection (triple click takes the next block’s start)', () => {
    const doc = docWith(TEXT);
    const pm = editorDoc(doc);
    const { from, to } = find(pm, 'Screening rose for Black and Asian patients in 2024.');
    const range = textRange(pm, from - 1, to + 2)!;
    expect(passageText(pm, range.from, range.to)).toBe('Screening rose for Black and Asian patients in 2024.');
    expect(textRange(pm, to, to + 2)).toBeNull();
  });

  it('follow the passage through others’ edits before, inside and after it', () => {
    const doc = docWith(TEXT);
    const pm = editorDoc(doc);
    const { from, to } = find(pm, 'sepsis screening');
    const anchor = anchorFor(fragmentOf(doc), pm, from, to)!;

    // Someone adds a paragraph at the top, and words just before and inside the passage.
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    const top = new Y.XmlElement('paragraph');
    top.insert(0, [new Y.XmlText('A new first paragraph.')]);
    fragmentOf(remote).insert(0, [top]);
    const run = (fragmentOf(remote).get(1) as Y.XmlElement).get(0) as Y.XmlText;
    run.insert('The team audited '.length, 'early ');
    run.insert('The team audited early sepsis'.length, ' risk');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));

    const now = editorDoc(doc);
    const range = rangeOf(fragmentOf(doc), now, anchor)!;
    expect(passageText(now, range.from, range.to)).toBe('sepsis risk screening');
    expect(onServer(doc, anchor).text).toBe('sepsis risk screening');
  });

  it('place anchors the server made from a quoted passage (a patient representative’s typed quote)', () => {
    const doc = docWith(TEXT);
    const index = indexText(doc);
    const found = findQuote(index, 'Black and Asian', 0)!;
    const made = anchorRange(index, found.from, found.to)!;
    const pm = editorDoc(doc);
    const range = rangeOf(fragmentOf(doc), pm, { start: toBase64(made.start), end: toBase64(made.end) })!;
    expect(passageText(pm, range.from, range.to)).toBe('Black and Asian');
  });

  it('place nothing once the passage is deleted', () => {
    const doc = docWith(TEXT);
    const pm = editorDoc(doc);
    const { from, to } = find(pm, 'two items');
    const anchor = anchorFor(fragmentOf(doc), pm, from, to)!;
    replaceContentUpdate(doc, 'The team audited sepsis screening.');
    expect(rangeOf(fragmentOf(doc), editorDoc(doc), anchor)).toBeNull();
    expect(onServer(doc, anchor).deleted).toBe(true);
  });

  it('are null for a selection with no text in it', () => {
    const doc = docWith(TEXT);
    const pm = editorDoc(doc);
    const { to } = find(pm, 'sepsis screening.');
    expect(anchorFor(fragmentOf(doc), pm, to, to)).toBeNull();
    expect(anchorFor(fragmentOf(doc), pm, to, to + 2)).toBeNull();
  });
});
