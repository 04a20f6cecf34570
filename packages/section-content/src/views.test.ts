import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { canonicalJSON, contentHash, countWords, encodeDoc, replaceContentUpdate, toPlainText, toProseMirrorJSON, wordCount } from './index.js';

function docOf(md: string): Y.Doc {
  const doc = new Y.Doc();
  replaceContentUpdate(doc, md);
  return doc;
}

/** The XmlText of the first paragraph, which is where the editor types. */
function firstText(doc: Y.Doc): Y.XmlText {
  return (doc.getXmlFragment('content').get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

describe('word count', () => {
  it.each([
    ['The quick brown fox jumps over the lazy dog.', 9],
    ['A well-known, evidence-based approach — waits fell by 23.5% (from 1,200 to 918).', 12],
    ["e.g. don't stop", 3],
    ['', 0],
    ['   \n\t ', 0],
    ['... -- !! — •', 0],
    ['NHS-wide 24/7 service', 3],
  ])('%j has %i words', (text, words) => expect(countWords(text)).toBe(words));

  it('counts a section, keeping blocks and line breaks apart', () => {
    const doc = docOf('# Heading\n\n- one item\n- two\n\nText with **bold** words.\\\nnext line');
    expect(toPlainText(doc)).toBe('Heading\n\none item\n\ntwo\n\nText with bold words.\nnext line');
    expect(wordCount(doc)).toBe(10);
    expect(wordCount(encodeDoc(doc))).toBe(10);
  });
});

describe('content hash', () => {
  it('is the same for the same content whatever the edit history', () => {
    const direct = docOf('Hello **world**');

    const typed = docOf('Hello');
    firstText(typed).insert(5, ' wrld');
    firstText(typed).insert(7, 'o'); // fix the typo
    firstText(typed).format(6, 5, { bold: {} });

    const rewritten = docOf('A first draft\n\n- with a list');
    replaceContentUpdate(rewritten, 'Hello **world**');

    // Two sibling texts, as concurrent typing can leave them: ProseMirror joins them.
    const split = new Y.Doc();
    const p = new Y.XmlElement('paragraph');
    split.getXmlFragment('content').insert(0, [p]);
    const bold = new Y.XmlText();
    p.insert(0, [new Y.XmlText('Hello '), bold]);
    bold.insert(0, 'world', { bold: {} });

    const hashes = [direct, typed, rewritten, split].map((doc) => contentHash(doc));
    expect(new Set(hashes).size).toBe(1);
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(encodeDoc(typed))).toBe(hashes[0]);
  });

  it('differs for different content', () => {
    const hashes = ['Hello world', 'Hello **world**', 'Hello *world*', '# Hello world', 'Hello world!', '- Hello world'].map((md) => contentHash(docOf(md)));
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('treats an empty section and one empty paragraph alike, as the editor shows them', () => {
    expect(contentHash(new Y.Doc())).toBe(contentHash(docOf('')));
  });
});

describe('read views', () => {
  it('canonical JSON sorts keys at every level', () => {
    expect(canonicalJSON({ b: 1, a: [{ d: null, c: 'x' }], e: undefined })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
  });

  it('skip what the editor cannot show (content-check.ts) without writing to the doc', () => {
    const doc = docOf('kept');
    const fragment = doc.getXmlFragment('content');
    fragment.insert(1, [new Y.XmlElement('script'), new Y.XmlText('stray')]);
    (fragment as unknown as Y.Array<unknown>).insert(3, ['a plain string', 7]);
    (fragment.get(0) as Y.XmlElement).setAttribute('onclick', 'x');
    const before = Y.encodeStateVector(doc);
    expect(toProseMirrorJSON(doc)).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'kept' }] }],
    });
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(doc.getXmlFragment('content').length).toBe(5);
  });
});
