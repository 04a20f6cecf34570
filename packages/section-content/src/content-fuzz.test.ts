import fc from 'fast-check';
import { Fragment, Mark, type Node as PMNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import * as Y from 'yjs';
import { contentProblemSince, stateVectorOf } from './content-check.js';
import { HEADING_LEVELS, sectionSchema } from './schema.js';
import { PROPERTY_TIMEOUT, propertyParams, withSeed } from './test-support/property.js';
import { replaceContentUpdate } from './write.js';
import { contentFragment, docFromUpdate } from './ydoc.js';

/*
 * Yjs content fuzz (issue 10, finding 2): random updates of every kind of item, editor-like
 * and crafted, sent one after another to a section as the server takes them (apply, then
 * contentProblemSince; a refused update leaves the state as it was). After every accepted
 * update, the editor can show the section: y-prosemirror reads it without deleting anything
 * it cannot read, the ProseMirror document passes the schema's check(), every element is
 * read (none dropped), with its attributes, and headings keep to levels 1 to 3.
 *
 * FUZZ_WITHOUT_CHECK=1 takes the check away, to see the property fail without it.
 *
 * Not generated: deletions of a container's children (a list's items, a list item's first
 * paragraph). Concurrent honest deletions can leave those empty or out of order, so the check
 * lets deletions through (content-check.ts says why), and check() would fail on them.
 */

// Yjs' types say lists hold Y types; at run time any value goes in, which is what a crafted update does.
const insertAny = (type: Y.AbstractType<any>, index: number, values: unknown[]) => (type as unknown as Y.Array<unknown>).insert(index, values);

/** Live Y types under the content fragment, in document order, the fragment first. */
function typesOf(fragment: Y.XmlFragment): Y.AbstractType<any>[] {
  const found: Y.AbstractType<any>[] = [fragment];
  const walk = (type: Y.AbstractType<any>) => {
    for (let item = type._start; item; item = item.right) {
      if (!item.deleted && item.content instanceof Y.ContentType) {
        found.push(item.content.type);
        walk(item.content.type);
      }
    }
  };
  walk(fragment);
  return found;
}

const pick = <T>(list: T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
const elements = (f: Y.XmlFragment) => typesOf(f).filter((t): t is Y.XmlElement => t instanceof Y.XmlElement);
const texts = (f: Y.XmlFragment) => typesOf(f).filter((t): t is Y.XmlText => t instanceof Y.XmlText);
const markable = (f: Y.XmlFragment) => texts(f).filter((t) => (t.parent as Y.XmlElement).nodeName !== 'codeBlock');

// --- editor-like edits ---------------------------------------------------------------------

const inline = fc.constantFrom('plain words', '**bold**', '*italic*', '`code`', '~~struck~~', '[a link](https://nhs.uk)', 'line\\\nbreak', 'ñ é 😀');
const block = fc.oneof(
  fc.tuple(fc.constantFrom('# ', '## ', '### ', '', '> ', '- ', '1. ', '3. '), fc.array(inline, { minLength: 1, maxLength: 3 })).map(([lead, words]) => lead + words.join(' ')),
  fc.constantFrom('```\nsome code\n```', '---', '- a\n  - nested\n- b', '> - quoted item\n>\n> text'),
);
const markdown = fc.array(block, { minLength: 1, maxLength: 5 }).map((blocks) => blocks.join('\n\n'));

type Edit = { kind: string; apply: (fragment: Y.XmlFragment, doc: Y.Doc) => void };

const editorEdits: fc.Arbitrary<Edit>[] = [
  markdown.map((md) => ({ kind: 'markdown', apply: (_, doc) => void replaceContentUpdate(doc, md) })),
  fc.tuple(fc.nat(), fc.nat(), fc.string({ minLength: 1, maxLength: 8 })).map(([t, at, s]) => ({
    kind: 'type',
    apply: (f) => {
      const text = pick(texts(f), t);
      text?.insert(at % (text.length + 1), s);
    },
  })),
  fc
    .tuple(
      fc.nat(),
      fc.nat(),
      fc.nat(),
      fc.constantFrom<Record<string, unknown>>({ bold: {} }, { italic: {} }, { strike: {} }, { underline: {} }, { code: {} }, { link: { href: 'https://nhs.uk' } }, { bold: null }, { link: null }),
    )
    .map(([t, at, length, mark]) => ({
      kind: 'format',
      apply: (f) => {
        const text = pick(markable(f), t);
        if (text && text.length) text.format(at % text.length, 1 + (length % text.length), mark);
      },
    })),
  fc.tuple(fc.nat(), fc.constantFrom(...HEADING_LEVELS)).map(([h, level]) => ({
    kind: 'level',
    apply: (f) =>
      pick(
        elements(f).filter((e) => e.nodeName === 'heading'),
        h,
      )?.setAttribute('level', level as never),
  })),
  fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([t, at, length]) => ({
    kind: 'delete text',
    apply: (f) => {
      const text = pick(texts(f), t);
      if (text && text.length) text.delete(at % text.length, Math.min(1 + length, text.length - (at % text.length)));
    },
  })),
  fc.nat().map((b) => ({ kind: 'delete block', apply: (f) => void (f.length && f.delete(b % f.length, 1)) })),
];

// --- crafted edits: every kind of item, anywhere ----------------------------------------------

const value = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }).map((d) => ({ ...d })), // fast-check's have no prototype, which Yjs refuses
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.constant('uint8array'),
  fc.constantFrom('Y.Map', 'Y.Array', 'Y.Text', 'Y.XmlHook', 'Y.XmlText', 'Y.Doc'),
);
const materialise = (v: unknown): unknown => {
  switch (v) {
    case 'uint8array':
      return new Uint8Array([1, 2, 3]);
    case 'Y.Map':
      return new Y.Map();
    case 'Y.Array':
      return new Y.Array();
    case 'Y.Text':
      return new Y.Text('t');
    case 'Y.XmlHook':
      return new Y.XmlHook('hook');
    case 'Y.XmlText':
      return new Y.XmlText('xt');
    case 'Y.Doc':
      return new Y.Doc();
    default:
      return v;
  }
};
const nodeNames = fc.constantFrom(...Object.keys(sectionSchema.nodes), 'script', 'div', 'img', 'Paragraph');
const attributeKeys = fc.constantFrom('level', 'language', 'start', 'type', 'onclick', 'style', 'href', 'class');
const attributeValues = fc.oneof(fc.integer({ min: -2, max: 9 }), fc.constantFrom('2', 'x', '', 2.5, true, null), fc.constantFrom<unknown>({}, [1], 'Y.Map'));
const formatKeys = fc.constantFrom('bold', 'italic', 'code', 'link', 'blink', 'ychange', 'bold--abcdEFGH', 'paragraph');
const formatValues = fc.constantFrom<unknown>({}, null, { href: 'https://nhs.uk' }, { href: 5 }, { evil: 1 }, 'yes', 1, [1]);

/** A new element with random children: kinds and order right or wrong. */
const newElement = fc.tuple(nodeNames, fc.array(fc.oneof(nodeNames, fc.constant('#text')), { maxLength: 3 })).map(([name, children]) => () => {
  const element = new Y.XmlElement(name);
  element.insert(
    0,
    children.map((child) => {
      if (child === '#text') return new Y.XmlText('child text');
      const inner = new Y.XmlElement(child);
      if (child === 'paragraph' || child === 'heading') inner.insert(0, [new Y.XmlText('p')]);
      if (child === 'listItem') inner.insert(0, [new Y.XmlElement('paragraph')]);
      return inner;
    }),
  );
  return element;
});

const craftedEdits: fc.Arbitrary<Edit>[] = [
  fc.tuple(fc.nat(), fc.nat(), value).map(([p, at, v]) => ({
    kind: 'value among elements',
    apply: (f) => {
      const parent = pick([f, ...elements(f)], p)!;
      insertAny(parent, at % (parent.length + 1), [materialise(v)]);
    },
  })),
  fc.tuple(fc.nat(), fc.nat(), value).map(([t, at, v]) => ({
    kind: 'value inside text',
    apply: (f) => {
      const text = pick(texts(f), t);
      text?.insertEmbed(at % (text.length + 1), materialise(v) as object);
    },
  })),
  fc.tuple(fc.nat(), fc.nat(), newElement).map(([p, at, make]) => ({
    kind: 'element',
    apply: (f) => {
      const parent = pick([f, ...elements(f)], p)!;
      parent.insert(at % (parent.length + 1), [make()]);
    },
  })),
  fc.tuple(fc.nat(), fc.nat()).map(([p, at]) => ({
    kind: 'text anywhere',
    apply: (f) => {
      const parent = pick([f, ...elements(f)], p)!;
      parent.insert(at % (parent.length + 1), [new Y.XmlText('loose')]);
    },
  })),
  fc.tuple(fc.nat(), attributeKeys, attributeValues).map(([e, key, v]) => ({
    kind: 'attribute',
    apply: (f) => pick(elements(f), e)?.setAttribute(key, materialise(v) as never),
  })),
  fc.tuple(fc.nat(), fc.nat(), formatKeys, formatValues).map(([t, at, key, v]) => ({
    kind: 'format',
    apply: (f) => {
      const text = pick(texts(f), t);
      if (text && text.length) text.format(at % text.length, 1, { [key]: v });
    },
  })),
  fc.tuple(fc.nat(), fc.string({ maxLength: 4 })).map(([t, key]) => ({
    kind: 'text attribute',
    apply: (f) => pick(texts(f), t)?.setAttribute(key || 'k', 'v'),
  })),
];

// --- the section as the server keeps it, and what the editor makes of it --------------------

/** The server's rule: apply the update, keep the result only if nothing it inserted is refused. */
function send(state: Uint8Array, update: Uint8Array): { state: Uint8Array; refused: string | null } {
  const doc = docFromUpdate(state);
  const before = stateVectorOf(doc);
  try {
    Y.applyUpdate(doc, update);
  } catch {
    // Yjs itself fails on a few crafted items (an embedded sub-document in text)
    return { state, refused: 'does not apply' }; // as the server: applyClientUpdate refuses it
  }
  const refused = process.env.FUZZ_WITHOUT_CHECK === '1' ? null : contentProblemSince(doc, before);
  return refused ? { state, refused } : { state: Y.encodeStateAsUpdate(doc), refused };
}

/**
 * The node with each text's marks as ProseMirror would add them (code excludes the others).
 * Two people formatting one passage at once, as bold and as code, leave both in Yjs; the
 * editor shows and edits such text, and the check lets it be (it cannot tell it from that race).
 */
function withExclusiveMarks(node: PMNode): PMNode {
  if (node.isText) return node.mark(node.marks.reduce((set, mark) => mark.addToSet(set), Mark.none));
  const children: PMNode[] = [];
  node.forEach((child) => void children.push(withExclusiveMarks(child)));
  return node.copy(Fragment.from(children));
}

/** Why the editor could not show `state` faithfully, or null. */
function editorProblem(state: Uint8Array): string | null {
  const doc = docFromUpdate(state);
  let wrote = false;
  doc.on('update', () => (wrote = true));
  const fragment = contentFragment(doc);
  let node: PMNode;
  try {
    node = yXmlFragmentToProseMirrorRootNode(fragment, sectionSchema);
  } catch (error) {
    return `y-prosemirror cannot read it: ${String(error)}`;
  }
  if (wrote) return 'y-prosemirror deleted what it could not read';
  // An empty fragment is every new section's state: the editor shows one empty paragraph.
  if (node.childCount > 0) {
    try {
      withExclusiveMarks(node).check();
    } catch (error) {
      return `check(): ${String(error)}`;
    }
  }
  const nodes: PMNode[] = [];
  node.descendants((n) => void (n.isText ? null : nodes.push(n)));
  const ys = elements(fragment);
  if (ys.length !== nodes.length) return `${ys.length} elements but ${nodes.length} nodes`;
  for (let i = 0; i < ys.length; i++) {
    for (const [key, v] of Object.entries(ys[i].getAttributes())) {
      if (nodes[i].attrs[key] !== v) return `${ys[i].nodeName}.${key} = ${String(v)} is not read`;
    }
    if (nodes[i].type.name === 'heading' && !(HEADING_LEVELS as readonly unknown[]).includes(nodes[i].attrs.level)) return `heading level ${nodes[i].attrs.level}`;
  }
  return null;
}

const anyEdit = fc.oneof(...editorEdits, ...craftedEdits);
const seen = { accepted: new Map<string, number>(), refused: new Map<string, number>() };
const count = (map: Map<string, number>, kind: string) => map.set(kind, (map.get(kind) ?? 0) + 1);

describe('Yjs content fuzz', () => {
  it(
    withSeed('every accepted update leaves content the editor shows; every refused one changes nothing'),
    () => {
      fc.assert(
        fc.property(fc.array(anyEdit, { minLength: 1, maxLength: 12 }), (edits) => {
          let state = Y.encodeStateAsUpdate(docFromUpdate(replaceContentUpdate(new Y.Doc(), '# Aims\n\nSome **text**.\n\n- one\n- two')));
          for (const edit of edits) {
            const client = docFromUpdate(state);
            const vector = Y.encodeStateVector(client);
            try {
              edit.apply(contentFragment(client), client);
            } catch {
              continue; // Yjs itself would not write this one (e.g. an embed of null)
            }
            const update = Y.encodeStateAsUpdate(client, vector);
            const result = send(state, update);
            if (result.refused) {
              count(seen.refused, edit.kind);
              expect(result.state).toBe(state);
            } else {
              count(seen.accepted, edit.kind);
              expect(editorProblem(result.state), `${edit.kind} was accepted`).toBeNull();
            }
            state = result.state;
          }
        }),
        propertyParams(300),
      );
      // Not vacuous: editor edits all got through, and every kind of crafted edit was refused.
      for (const kind of ['markdown', 'type', 'format', 'level', 'delete text', 'delete block']) expect(seen.accepted.get(kind), kind).toBeGreaterThan(0);
      for (const kind of ['value among elements', 'value inside text', 'element', 'text anywhere', 'attribute', 'format', 'text attribute']) expect(seen.refused.get(kind), kind).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'editor edits are never refused',
    () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(...editorEdits), { minLength: 1, maxLength: 10 }), (edits) => {
          let state = Y.encodeStateAsUpdate(docFromUpdate(replaceContentUpdate(new Y.Doc(), '## Start\n\n- a\n- b\n\n```\nx\n```')));
          for (const edit of edits) {
            const client = docFromUpdate(state);
            const vector = Y.encodeStateVector(client);
            edit.apply(contentFragment(client), client);
            const result = send(state, Y.encodeStateAsUpdate(client, vector));
            expect(result.refused, edit.kind).toBeNull();
            state = result.state;
          }
        }),
        propertyParams(150),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
