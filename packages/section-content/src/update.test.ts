import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentHash, decodeBase64Update, docFromUpdate, encodeBase64Update, encodeDoc, replaceContentUpdate, toMarkdown, validateUpdate } from './index.js';
import { PROPERTY_TIMEOUT, propertyParams, withSeed } from './test-support/property.js';

/** Run `edit` on a copy of `state` and return only the update it makes. */
function updateFrom(state: Uint8Array, edit: (doc: Y.Doc) => void): Uint8Array {
  const doc = docFromUpdate(state);
  const before = Y.encodeStateVector(doc);
  edit(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

const base = encodeDoc(docFromUpdate(replaceContentUpdate(new Y.Doc(), '# Aims\n\nReduce waits.')));

describe('decodeBase64Update', () => {
  it('round-trips an update', () => {
    const update = replaceContentUpdate(new Y.Doc(), 'Some text');
    expect(decodeBase64Update(encodeBase64Update(update))).toEqual(update);
  });

  it.each([
    ['empty', ''],
    ['not base64 at all', 'not base64!'],
    ['missing padding', 'AAA'],
    ['too much padding', 'A==='],
    ['padding inside', 'AA==AAAA'],
    ['whitespace', 'AAAA AAAA'],
    ['a newline', 'AAAA\n'],
    ['URL-safe alphabet', 'ab-_'],
    ['non-zero padding bits', 'QR=='],
    ['non-ASCII', 'AAA\u00e9'],
  ])('rejects %s', (_, b64) => expect(decodeBase64Update(b64)).toBeNull());
});

describe('validateUpdate', () => {
  it('accepts an ordinary edit and returns the new state', () => {
    const update = updateFrom(base, (doc) => replaceContentUpdate(doc, '# Aims\n\nReduce waits for everyone.'));
    const check = validateUpdate(base, update);
    expect(check).toMatchObject({ ok: true, decodes: true, applies: true, onlyContent: true, roots: ['content'], conformsToSchema: true });
    expect(toMarkdown(check.newState!)).toBe('# Aims\n\nReduce waits for everyone.');
    // A duplicate is harmless, so it is accepted too.
    expect(validateUpdate(check.newState!, update).ok).toBe(true);
  });

  it.each([
    ['empty bytes', []],
    ['one byte', [7]],
    ['text', [...new TextEncoder().encode('hello world')]],
    ['all ones', new Array(32).fill(255)],
  ])('rejects garbage: %s', (_, bytes) => {
    const check = validateUpdate(base, new Uint8Array(bytes));
    expect(check.ok).toBe(false);
    expect(check.newState).toBeNull();
  });

  it('rejects every truncation of a valid update and trailing bytes after one', () => {
    const update = updateFrom(base, (doc) => replaceContentUpdate(doc, 'Something else entirely'));
    for (let n = 0; n < update.length; n++) expect(validateUpdate(base, update.slice(0, n)).ok).toBe(false);
    const check = validateUpdate(base, new Uint8Array([...update, 0]));
    expect(check).toMatchObject({ ok: false, decodes: false, error: 'trailing bytes after the update' });
  });

  it('reports an update that creates another root type', () => {
    const update = updateFrom(base, (doc) => {
      replaceContentUpdate(doc, 'edited');
      doc.getMap('meta').set('owner', 'mallory');
    });
    expect(validateUpdate(base, update)).toMatchObject({ ok: false, decodes: true, onlyContent: false, roots: ['content', 'meta'], newState: null });
  });

  it('reports an update that touches another root already in the state', () => {
    const state = updateFrom(base, (doc) => doc.getArray('log').push(['a']));
    const update = updateFrom(Y.mergeUpdates([base, state]), (doc) => doc.getArray('log').delete(0, 1));
    expect(validateUpdate(Y.mergeUpdates([base, state]), update)).toMatchObject({ ok: false, onlyContent: false, roots: ['log'] });
  });

  it('reports an update that depends on changes the state lacks', () => {
    const first = updateFrom(base, (doc) => replaceContentUpdate(doc, 'one'));
    const second = updateFrom(Y.mergeUpdates([base, first]), (doc) => replaceContentUpdate(doc, 'one two'));
    expect(validateUpdate(base, second)).toMatchObject({ ok: false, decodes: true, applies: false });
  });

  it('accepts content the editor would repair, flagging it', () => {
    const update = updateFrom(base, (doc) => doc.getXmlFragment('content').insert(0, [new Y.XmlElement('iframe')]));
    expect(validateUpdate(base, update)).toMatchObject({ ok: true, conformsToSchema: false });
  });

  it(withSeed('property: random bytes never throw and never change the content'), { timeout: PROPERTY_TIMEOUT }, () => {
    const hash = contentHash(base);
    let accepted = 0;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const check = validateUpdate(base, bytes);
        if (check.ok) {
          accepted++;
          expect(contentHash(check.newState!)).toBe(hash);
        }
      }),
      propertyParams(2000),
    );
    expect(accepted).toBeLessThan(20);
  });

  it(withSeed('property: corrupting a valid update never throws'), { timeout: PROPERTY_TIMEOUT }, () => {
    const update = updateFrom(base, (doc) => replaceContentUpdate(doc, '- a list\n- of **two**'));
    fc.assert(
      fc.property(fc.nat(update.length - 1), fc.integer({ min: 1, max: 255 }), (at, xor) => {
        const bytes = update.slice();
        bytes[at] ^= xor;
        validateUpdate(base, bytes);
      }),
      propertyParams(1000),
    );
  });
});
