import { replaceContentUpdate, toPlainText } from '@quorum/section-content';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { anchorRange, findQuote, indexText, resolveAnchor } from './comment-anchor.js';

const TEXT = 'The team audited sepsis screening.\n\nScreening rose for Black patients in 2024.\n\n- one item\n- **two** items';

function docWith(markdown: string): Y.Doc {
  const doc = new Y.Doc();
  replaceContentUpdate(doc, markdown);
  return doc;
}

function anchorOn(doc: Y.Doc, quote: string) {
  const index = indexText(doc);
  const range = findQuote(index, quote, 0)!;
  return anchorRange(index, range.from, range.to)!;
}

const read = (doc: Y.Doc, a: { start: Uint8Array; end: Uint8Array }) => resolveAnchor(doc, indexText(doc), a.start, a.end);
const paragraph = (doc: Y.Doc, i: number) => (doc.getXmlFragment('content').get(i) as Y.XmlElement).get(0) as Y.XmlText;
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

describe('the text index', () => {
  it('reads exactly as Section.text does (toPlainText), lists and marks included', () => {
    const doc = docWith(TEXT + '\n\nLine one  \nline two\n\n## A heading');
    expect(indexText(doc).text).toBe(toPlainText(doc));
  });
});

describe('anchors on a quoted passage', () => {
  it('read back the passage, with its offsets in the text', () => {
    const doc = docWith(TEXT);
    const anchor = anchorOn(doc, 'rose for Black');
    expect(read(doc, anchor)).toEqual({ text: 'rose for Black', deleted: false, from: TEXT.indexOf('rose'), to: TEXT.indexOf('rose') + 14 });
  });

  it('keep text typed just before and just after the passage outside it, and take in text typed inside', () => {
    const doc = docWith(TEXT);
    const anchor = anchorOn(doc, 'rose for Black');
    const text = paragraph(doc, 1);
    text.insert(text.toString().indexOf('rose'), 'steadily ');
    text.insert(text.toString().indexOf(' patients'), ' and Asian');
    expect(read(doc, anchor).text).toBe('rose for Black');
    text.insert(text.toString().indexOf('for'), 'sharply ');
    expect(read(doc, anchor).text).toBe('rose sharply for Black');
  });

  it('span blocks', () => {
    const doc = docWith(TEXT);
    const anchor = anchorOn(doc, 'screening.\n\nScreening rose');
    expect(read(doc, anchor).text).toBe('screening.\n\nScreening rose');
    paragraph(doc, 0).insert(0, 'In 2023, ');
    expect(read(doc, anchor)).toMatchObject({ text: 'screening.\n\nScreening rose', deleted: false });
  });

  it('drop deleted characters, and say when the whole passage is gone', () => {
    const doc = docWith(TEXT);
    const anchor = anchorOn(doc, 'rose for Black');
    const text = paragraph(doc, 1);
    text.delete(text.toString().indexOf('for'), 4);
    expect(read(doc, anchor)).toMatchObject({ text: 'rose Black', deleted: false });
    text.delete(text.toString().indexOf('rose'), 'rose Black'.length);
    expect(read(doc, anchor)).toEqual({ text: '', deleted: true, from: null, to: null });
  });

  it('say the passage is gone when its paragraph is deleted', () => {
    const doc = docWith(TEXT);
    const anchor = anchorOn(doc, 'rose for Black');
    doc.getXmlFragment('content').delete(1, 1);
    expect(read(doc, anchor).deleted).toBe(true);
  });

  it('survive concurrent edits around and inside the passage, reading the same on every copy', () => {
    const a = docWith(TEXT);
    const b = new Y.Doc();
    sync(a, b);
    const anchor = anchorOn(a, 'rose for Black');
    const ta = paragraph(a, 1);
    const tb = paragraph(b, 1);
    ta.insert(0, 'Since the pilot, ');
    ta.insert(ta.toString().indexOf('rose') + 4, ' sharply');
    tb.delete(tb.toString().indexOf('for'), 3);
    tb.insert(tb.toString().indexOf('rose ') + 5, 'among');
    tb.insert(tb.toString().indexOf(' patients'), ' and Asian');
    sync(a, b);
    expect(read(a, anchor)).toEqual(read(b, anchor));
    expect(read(a, anchor).text).toBe('rose sharply among Black');
    expect(a.getXmlFragment('content').toJSON()).toEqual(b.getXmlFragment('content').toJSON());
  });

  it('leave a replaced last word outside: the passage ended at a character now deleted', () => {
    const doc = docWith(TEXT);
    const anchor = anchorOn(doc, 'rose for Black');
    const text = paragraph(doc, 1);
    const at = text.toString().indexOf('Black');
    text.delete(at, 5);
    text.insert(at, 'minority ethnic');
    expect(read(doc, anchor).text).toBe('rose for ');
  });

  it('survive a Markdown rewrite that keeps the text around them', () => {
    const doc = docWith(TEXT);
    const anchor = anchorOn(doc, 'rose for Black');
    replaceContentUpdate(doc, TEXT.replace('The team audited', 'Our team audited').replace('in 2024', 'in 2024 and 2025'));
    expect(read(doc, anchor)).toMatchObject({ text: 'rose for Black', deleted: false });
  });

  it('survive a round trip through an encoded state (compaction)', () => {
    const doc = docWith(TEXT);
    const anchor = anchorOn(doc, 'two');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(read(copy, anchor).text).toBe('two');
  });
});

describe('finding a typed passage', () => {
  const doc = docWith('Families said the leaflets were “too hard” – so we\n\nrewrote them. Families came back.');
  const index = indexText(doc);
  const found = (quote: string, occurrence = 0) => {
    const range = findQuote(index, quote, occurrence);
    return range && index.text.slice(range.from, range.to);
  };

  it('takes the passage as typed first', () => {
    expect(found('Families came back')).toBe('Families came back');
    expect(found('Families', 1)).toBe('Families');
  });

  it('else ignores case, spacing, line breaks and the kind of quote marks and dashes', () => {
    expect(found('the leaflets were "too hard" - so we rewrote')).toBe('the leaflets were “too hard” – so we\n\nrewrote');
    expect(found('  FAMILIES   SAID ')).toBe('Families said');
    expect(found('families', 1)).toBe('Families');
  });

  it('counts occurrences as typed when the words are there as typed: one past the last is none, not a looser match', () => {
    const index = indexText(docWith('Care plan. care plan.'));
    expect(findQuote(index, 'care', 0)).toEqual({ from: 11, to: 15 });
    expect(findQuote(index, 'care', 1)).toBeUndefined();
    expect(findQuote(index, 'CARE', 1)).toEqual({ from: 11, to: 15 });
  });

  it('finds nothing for words that are not there, or only spaces', () => {
    expect(found('leaflets were too hard')).toBeUndefined();
    expect(found('families', 2)).toBeUndefined();
    expect(found('   ')).toBeUndefined();
  });
});
