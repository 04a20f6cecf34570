import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentHash, docFromUpdate, replaceContentUpdate, toMarkdown, toProseMirrorJSON } from './index.js';
import { PROPERTY_TIMEOUT, propertyParams, withSeed } from './test-support/property.js';

/** Two replicas of one section, each recording the updates it makes. */
function replicas(md: string) {
  const state = replaceContentUpdate(new Y.Doc(), md);
  return [0, 1].map(() => {
    const doc = docFromUpdate(state);
    const sent: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => sent.push(update));
    return { doc, sent };
  });
}

/** Every XmlText in the content, in document order: where an editor would type. */
function texts(doc: Y.Doc): Y.XmlText[] {
  const out: Y.XmlText[] = [];
  const walk = (type: Y.XmlFragment | Y.XmlElement) => type.toArray().forEach((child) => (child instanceof Y.XmlText ? out.push(child) : walk(child as Y.XmlElement)));
  walk(doc.getXmlFragment('content'));
  return out;
}

function expectConverged(a: Y.Doc, b: Y.Doc) {
  expect(toProseMirrorJSON(a)).toEqual(toProseMirrorJSON(b));
  expect(contentHash(a)).toBe(contentHash(b));
  expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
}

describe('concurrent editing', () => {
  it('a Markdown replace merges with typing elsewhere in the section', () => {
    const [a, b] = replicas('# Aims\n\nFirst paragraph.\n\nSecond paragraph.');
    replaceContentUpdate(a.doc, '# Aims\n\nFirst paragraph.\n\nSecond paragraph, rewritten by a tool.');
    texts(b.doc)[1].insert(5, ' good'); // someone types in the first paragraph meanwhile
    a.sent.forEach((u) => Y.applyUpdate(b.doc, u));
    b.sent.forEach((u) => Y.applyUpdate(a.doc, u));
    expectConverged(a.doc, b.doc);
    expect(toMarkdown(a.doc)).toBe('# Aims\n\nFirst good paragraph.\n\nSecond paragraph, rewritten by a tool.');
  });

  it('typing into the same paragraph keeps both edits', () => {
    const [a, b] = replicas('Waits fell.');
    texts(a.doc)[0].insert(5, ' for scans');
    texts(b.doc)[0].insert(10, ' by a third');
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)));
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
    expectConverged(a.doc, b.doc);
    expect(toMarkdown(b.doc)).toBe('Waits for scans fell by a third.');
  });
});

// One editing step on a replica; numbers pick a place modulo what is there.
const op = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), text: fc.nat(), at: fc.nat(), value: fc.string({ minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('delete' as const), text: fc.nat(), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('bold' as const), text: fc.nat(), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('paragraph' as const), at: fc.nat(), value: fc.string({ minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('removeBlock' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('markdown' as const),
    md: fc.constantFrom('Plain text.', '# Title\n\nBody text.', '- one\n- two', 'Some **bold** text.\n\nMore.'),
  }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function apply(doc: Y.Doc, step: Op) {
  const fragment = doc.getXmlFragment('content');
  if (step.kind === 'markdown') return void replaceContentUpdate(doc, step.md);
  if (step.kind === 'paragraph') {
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText(step.value)]);
    return fragment.insert(step.at % (fragment.length + 1), [p]);
  }
  if (step.kind === 'removeBlock') return fragment.length > 0 ? fragment.delete(step.at % fragment.length, 1) : undefined;
  const all = texts(doc);
  if (all.length === 0) return;
  const text = all[step.text % all.length];
  const at = step.at % (text.length + 1);
  if (step.kind === 'insert') text.insert(at, step.value);
  else if (step.kind === 'delete') text.delete(at, Math.min(step.length, text.length - at));
  else text.format(at, Math.min(step.length, text.length - at), { bold: {} });
}

/** A fixed shuffle from a seed, so fast-check can shrink and replay it. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('property: concurrent random edits converge', () => {
  it(withSeed('whatever the order, with duplicates'), { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), fc.array(op, { maxLength: 12 }), fc.nat(), (opsA, opsB, seed) => {
        const [a, b] = replicas('First paragraph.\n\nSecond **bold** one.');
        opsA.forEach((step) => apply(a.doc, step));
        opsB.forEach((step) => apply(b.doc, step));
        // Deliver out of order and twice over: Yjs holds back what arrives early.
        shuffled([...b.sent, ...b.sent], seed).forEach((u) => Y.applyUpdate(a.doc, u));
        let [relayedA, relayedB] = [a.sent.length, b.sent.length];
        shuffled([...a.sent, ...a.sent], seed + 1).forEach((u) => Y.applyUpdate(b.doc, u));
        // Merging makes updates of its own (Yjs tidies bold runs after a remote change), which the
        // server relays like any other: pass them on until neither replica has anything new.
        for (let round = 0; a.sent.length > relayedA || b.sent.length > relayedB; round++) {
          expect(round).toBeLessThan(10);
          const [fromA, fromB] = [a.sent.slice(relayedA), b.sent.slice(relayedB)];
          [relayedA, relayedB] = [a.sent.length, b.sent.length];
          fromB.forEach((u) => Y.applyUpdate(a.doc, u));
          fromA.forEach((u) => Y.applyUpdate(b.doc, u));
        }
        expectConverged(a.doc, b.doc);
        expect(toMarkdown(a.doc)).toBe(toMarkdown(b.doc));
      }),
      propertyParams(300),
    );
  });
});
