import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentProblem, contentProblemSince, MARK_ATTRIBUTES, MAX_NESTING, NODE_ATTRIBUTES, stateVectorOf } from './content-check.js';
import { sectionSchema } from './schema.js';
import { toProseMirrorDoc } from './views.js';
import { replaceContentUpdate } from './write.js';
import { contentFragment, docFromUpdate, encodeDoc } from './ydoc.js';

const MARKDOWN = ['# Aims', '', 'Reduce **waits** for [everyone](https://example.org).', '', '- first', '- second', '', '> quoted', '', '```', 'code', '```'].join('\n');

const base = encodeDoc(docFromUpdate(replaceContentUpdate(new Y.Doc(), MARKDOWN)));

/** The update `edit` makes to a copy of `state`. */
function updateFrom(state: Uint8Array, edit: (fragment: Y.XmlFragment, doc: Y.Doc) => void): Uint8Array {
  const doc = docFromUpdate(state);
  const before = Y.encodeStateVector(doc);
  edit(contentFragment(doc), doc);
  return Y.encodeStateAsUpdate(doc, before);
}

/** What contentProblemSince says of `update` applied to `state`. */
function problemOf(update: Uint8Array, state = base): string | null {
  const doc = docFromUpdate(state);
  const before = stateVectorOf(doc);
  Y.applyUpdate(doc, update);
  return contentProblemSince(doc, before);
}

const check = (edit: (fragment: Y.XmlFragment, doc: Y.Doc) => void) => problemOf(updateFrom(base, edit));

// Elements of the base document, by kind.
// (Not Yjs' tree walker: it fails on the plain values some of these tests put in.)
function element(type: Y.XmlFragment, name: string): Y.XmlElement {
  for (const child of type.toArray() as unknown[]) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.nodeName === name) return child;
    try {
      return element(child, name);
    } catch {
      // not in this one
    }
  }
  throw new Error(`no ${name}`);
}
const textOf = (fragment: Y.XmlFragment, name: string) => element(fragment, name).get(0) as Y.XmlText;
// Yjs' types say lists hold Y types only; at run time any value goes in, which is the point.
const insertAny = (type: Y.XmlFragment, index: number, values: unknown[]) => (type as unknown as Y.Array<unknown>).insert(index, values);

function paragraph(text: string): Y.XmlElement {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  return p;
}

describe('contentProblemSince: refuses what the editor cannot show', () => {
  it.each<[string, (fragment: Y.XmlFragment, doc: Y.Doc) => void, RegExp]>([
    ['a plain string at the top level', (f) => insertAny(f, 0, ['hello']), /plain string value cannot stand in the section's text/],
    ['a number at the top level', (f) => insertAny(f, 1, [42]), /plain number value/],
    ['an object at the top level', (f) => insertAny(f, 1, [{ a: 1 }]), /plain object value/],
    ['null at the top level', (f) => insertAny(f, 1, [null]), /null value/],
    ['a Y.Map at the top level', (f) => insertAny(f, 0, [new Y.Map()]), /Y\.Map/],
    ['a Y.Array at the top level', (f) => insertAny(f, 0, [new Y.Array()]), /Y\.Array/],
    ['a Y.Text at the top level', (f) => insertAny(f, 0, [new Y.Text('x')]), /Y\.Text/],
    ['an XML hook at the top level', (f) => insertAny(f, 0, [new Y.XmlHook('h')]), /XML hook/],
    ['binary data at the top level', (f) => insertAny(f, 0, [new Uint8Array([1, 2])]), /Binary data/],
    ['a sub-document', (f) => insertAny(f, 0, [new Y.Doc()]), /sub-document/],
    ['text at the top level', (f) => f.insert(0, [new Y.XmlText('loose')]), /Text cannot stand at the section's top level/],
    ['an unknown element', (f) => f.insert(0, [new Y.XmlElement('script')]), /no "script" element/],
    ['a "text" element', (f) => f.insert(0, [new Y.XmlElement('text')]), /no "text" element/],
    ['a "doc" element', (f) => f.insert(0, [new Y.XmlElement('doc')]), /no "doc" element/],
    ['a list item at the top level', (f) => f.insert(0, [new Y.XmlElement('listItem')]), /"listItem" cannot stand at the section's top level/],
    ['a hard break at the top level', (f) => f.insert(0, [new Y.XmlElement('hardBreak')]), /"hardBreak" cannot stand at the section's top level/],
    ['a heading inside a paragraph', (f) => element(f, 'paragraph').insert(0, [new Y.XmlElement('heading')]), /"heading" cannot stand inside a "paragraph"/],
    ['a paragraph inside a heading', (f) => element(f, 'heading').insert(0, [paragraph('x')]), /"paragraph" cannot stand inside a "heading"/],
    ['a paragraph directly in a list', (f) => element(f, 'bulletList').insert(0, [paragraph('x')]), /"paragraph" cannot stand inside a "bulletList"/],
    ['text directly in a list', (f) => element(f, 'bulletList').insert(0, [new Y.XmlText('x')]), /Text cannot stand directly inside a "bulletList"/],
    ['text directly in a quote', (f) => element(f, 'blockquote').insert(0, [new Y.XmlText('x')]), /inside a "blockquote"/],
    ['a string inside a paragraph', (f) => insertAny(element(f, 'paragraph'), 0, ['x']), /plain string value cannot stand inside a "paragraph"/],
    ['a Y.Map inside a list item', (f) => insertAny(element(f, 'listItem'), 1, [new Y.Map()]), /Y\.Map cannot stand inside a "listItem"/],
    [
      'something inside a horizontal rule',
      (f) => {
        const rule = new Y.XmlElement('horizontalRule');
        rule.insert(0, [new Y.XmlText('x')]);
        f.insert(0, [rule]);
      },
      /inside a "horizontalRule"/,
    ],
    ['an unknown paragraph attribute', (f) => element(f, 'paragraph').setAttribute('onclick', 'alert(1)'), /"paragraph" has no attribute "onclick"/],
    ['a heading of level 9', (f) => element(f, 'heading').setAttribute('level', 9 as never), /"level" of a "heading" cannot be 9/],
    ['a heading level as text', (f) => element(f, 'heading').setAttribute('level', '2'), /"level" of a "heading" cannot be "2"/],
    [
      'a new heading of level 0',
      (f) => {
        const heading = new Y.XmlElement('heading');
        heading.setAttribute('level', 0 as never);
        f.insert(0, [heading]);
      },
      /"level" of a "heading" cannot be 0/,
    ],
    ['a code block language that is a number', (f) => element(f, 'codeBlock').setAttribute('language', 5 as never), /"language" of a "codeBlock"/],
    ['an attribute that is a Y type', (f) => element(f, 'codeBlock').setAttribute('language', new Y.Map() as never), /"language" of a "codeBlock" cannot be a Y\.Map/],
    ['an attribute on text', (f) => textOf(f, 'paragraph').setAttribute('x', 'y'), /Text has no attributes/],
    ['an unknown mark', (f) => textOf(f, 'paragraph').format(0, 3, { blink: {} }), /no "blink" formatting/],
    ['a mark the code block does not allow', (f) => textOf(f, 'codeBlock').format(0, 2, { bold: {} }), /"codeBlock" cannot be formatted as "bold"/],
    ['a link with an unknown attribute', (f) => textOf(f, 'paragraph').format(0, 2, { link: { href: 'https://a.example', onclick: 'x' } }), /"link" formatting has no attribute "onclick"/],
    ['a link whose address is a number', (f) => textOf(f, 'paragraph').format(0, 2, { link: { href: 5 } }), /"href" of "link"/],
    ['formatting that is not an object', (f) => textOf(f, 'paragraph').format(0, 2, { bold: 'yes' }), /needs its attributes as an object/],
    ['an embed inside text', (f) => textOf(f, 'paragraph').insertEmbed(0, { image: 'x' }), /embedded object cannot stand inside text/],
    ['a Y type inside text', (f) => textOf(f, 'paragraph').insertEmbed(0, new Y.Map() as never), /Y\.Map cannot stand inside text/],
    ['a new list with no item', (f) => f.insert(0, [new Y.XmlElement('bulletList')]), /"bulletList" does not hold what it must/],
    [
      'a new list item that starts with a list',
      (f) => {
        const item = new Y.XmlElement('listItem');
        const inner = new Y.XmlElement('bulletList');
        const innerItem = new Y.XmlElement('listItem');
        innerItem.insert(0, [paragraph('x')]);
        inner.insert(0, [innerItem]);
        item.insert(0, [inner]);
        element(f, 'bulletList').insert(0, [item]);
      },
      /"listItem" does not hold what it must/,
    ],
    [
      'a list put before the first paragraph of an existing list item',
      (f) => {
        const inner = new Y.XmlElement('bulletList');
        const innerItem = new Y.XmlElement('listItem');
        innerItem.insert(0, [paragraph('x')]);
        inner.insert(0, [innerItem]);
        element(f, 'listItem').insert(0, [inner]);
      },
      /"listItem" does not hold what it must/,
    ],
    ['a new quote with nothing in it', (f) => f.insert(0, [new Y.XmlElement('blockquote')]), /"blockquote" does not hold what it must/],
  ])('%s', (_, edit, message) => {
    expect(check(edit)).toMatch(message);
  });

  it('refuses an attribute of the section text itself (a map entry on the root)', () => {
    // The fragment has no attributes of its own; a crafted update can still name one.
    const other = new Y.Doc();
    other.getMap('content').set('x', 1);
    expect(problemOf(Y.encodeStateAsUpdate(other))).toMatch(/The section's text has no attributes/);
  });
});

describe('contentProblemSince: accepts what an editor does', () => {
  it.each<[string, (fragment: Y.XmlFragment, doc: Y.Doc) => void]>([
    ['typing', (f) => textOf(f, 'paragraph').insert(3, 'abc')],
    ['deleting text', (f) => textOf(f, 'paragraph').delete(0, 4)],
    ['bold, italic, strike, underline and code', (f) => textOf(f, 'paragraph').format(0, 5, { bold: {}, italic: {}, strike: {}, underline: {}, code: {} })],
    ['removing formatting', (f) => textOf(f, 'paragraph').format(0, 5, { bold: null })],
    ['a link', (f) => textOf(f, 'heading').format(0, 2, { link: { href: 'https://nhs.uk', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null } })],
    ['a heading level', (f) => element(f, 'heading').setAttribute('level', 3 as never)],
    ['a code block language', (f) => element(f, 'codeBlock').setAttribute('language', 'sql')],
    ['a new paragraph', (f) => f.insert(1, [paragraph('new')])],
    ['a new empty paragraph', (f) => f.insert(1, [new Y.XmlElement('paragraph')])],
    ['a hard break', (f) => element(f, 'paragraph').insert(1, [new Y.XmlElement('hardBreak')])],
    ['a horizontal rule', (f) => f.insert(0, [new Y.XmlElement('horizontalRule')])],
    [
      'a new list item',
      (f) => {
        const item = new Y.XmlElement('listItem');
        item.insert(0, [paragraph('third')]);
        element(f, 'bulletList').push([item]);
      },
    ],
    ['deleting a block', (f) => f.delete(0, 1)],
    ['deleting everything', (f) => f.delete(0, f.length)],
    [
      'a string inserted and deleted at once by a sender that collects garbage (nothing of it arrives)',
      (f, doc) =>
        doc.transact(() => {
          insertAny(f, 0, ['gone']);
          f.delete(0, 1);
        }),
    ],
    ['any Markdown written through replaceContentUpdate', (_, doc) => void replaceContentUpdate(doc, '## New\n\n1. one\n2. two\n\n> a\n>\n> - b\n\n---\n\n*x* `y` ~~z~~\\\nline')],
  ])('%s', (_, edit) => {
    expect(check(edit)).toBeNull();
  });

  it('accepts concurrent deletions that together empty a list (each alone was fine; the list still shows)', () => {
    const deleteItem = (index: number) => updateFrom(base, (f) => element(f, 'bulletList').delete(index, 1));
    const first = deleteItem(0);
    const second = deleteItem(1);
    const afterFirst = Y.mergeUpdates([base, first]);
    expect(problemOf(first)).toBeNull();
    expect(problemOf(second, afterFirst)).toBeNull();
  });

  it('lets through what arrives already deleted: it is collected on arrival, so nothing of it can show', () => {
    const sender = new Y.Doc({ gc: false }); // keeps deleted content, so the update carries it
    Y.applyUpdate(sender, base);
    const before = Y.encodeStateVector(sender);
    sender.transact(() => {
      insertAny(contentFragment(sender), 0, ['gone']);
      contentFragment(sender).delete(0, 1);
    });
    const update = Y.encodeStateAsUpdate(sender, before);
    expect(problemOf(update)).toBeNull();
    const receiver = docFromUpdate(Y.mergeUpdates([base, update]));
    expect(contentFragment(receiver)._start?.content).toBeInstanceOf(Y.ContentDeleted);
  });

  it('costs what the update inserted: an unchanged document is not walked', () => {
    // A bad item already stored is not the next update's fault, so it is not reported again.
    const bad = Y.mergeUpdates([base, updateFrom(base, (f) => insertAny(f, 0, ['old']))]);
    expect(
      problemOf(
        updateFrom(bad, (f) => textOf(f, 'paragraph').insert(0, 'a')),
        bad,
      ),
    ).toBeNull();
  });
});

describe('contentProblem: the whole text', () => {
  it('is null for content the editor writes', () => {
    expect(contentProblem(contentFragment(docFromUpdate(base)))).toBeNull();
    expect(contentProblem(new Y.Doc().getXmlFragment('content'))).toBeNull();
  });

  it('names what the editor cannot show in content stored before updates were checked', () => {
    const bad = Y.mergeUpdates([base, updateFrom(base, (f) => insertAny(element(f, 'listItem'), 1, [7]))]);
    expect(contentProblem(contentFragment(docFromUpdate(bad)))).toMatch(/plain number value cannot stand inside a "listItem"/);
    const deleted = Y.mergeUpdates([bad, updateFrom(bad, (f) => element(f, 'listItem').delete(1, 1))]);
    expect(contentProblem(contentFragment(docFromUpdate(deleted)))).toBeNull();
  });
});

describe('writing over content stored before updates were checked', () => {
  it('replaceContentUpdate (Markdown, or a revision read back) deletes what the editor cannot show, and is itself accepted', () => {
    const bad = Y.mergeUpdates([
      base,
      updateFrom(base, (f) => {
        insertAny(f, 0, ['old string', 3]);
        f.insert(0, [new Y.XmlText('root text')]);
        element(f, 'heading').setAttribute('level', 9 as never);
        textOf(f, 'paragraph').format(0, 2, { blink: {} });
        textOf(f, 'paragraph').setAttribute('x', 'y'); // y-prosemirror's own diff leaves this one
      }),
    ]);
    const doc = docFromUpdate(bad);
    expect(contentProblem(contentFragment(doc))).not.toBeNull();
    const revision = toProseMirrorDoc(bad); // the read view skips what cannot show
    expect(() => revision.check()).not.toThrow();
    const update = replaceContentUpdate(doc, revision);
    expect(contentProblem(contentFragment(doc))).toBeNull();
    expect(problemOf(update, bad)).toBeNull();
    expect(toProseMirrorDoc(doc).toJSON()).toEqual(revision.toJSON());
  });
});

describe('the attribute rules', () => {
  it('cover exactly the schema attributes of every node and mark, and accept their defaults', () => {
    for (const [kind, types, rules] of [
      ['node', sectionSchema.nodes, NODE_ATTRIBUTES],
      ['mark', sectionSchema.marks, MARK_ATTRIBUTES],
    ] as const) {
      for (const type of Object.values(types)) {
        const attrs: Record<string, { default?: unknown }> = type.spec.attrs ?? {};
        expect(Object.keys(rules[type.name] ?? {}).sort(), `${kind} ${type.name}`).toEqual(Object.keys(attrs).sort());
        // An attribute with no default (a suggestion's id) is always given.
        for (const [key, spec] of Object.entries(attrs)) if ('default' in spec) expect(rules[type.name][key](spec.default), `${type.name}.${key}`).toBe(true);
      }
    }
  });
});

describe('what an outside review found past the check', () => {
  /** `depth` blockquotes, one inside the other, with a paragraph innermost, built as one update. */
  function nested(depth: number): (fragment: Y.XmlFragment) => void {
    return (fragment) => {
      const outer = new Y.XmlElement('blockquote');
      fragment.insert(0, [outer]);
      let current = outer;
      for (let level = 1; level < depth; level++) {
        const inner = new Y.XmlElement('blockquote');
        current.insert(0, [inner]);
        current = inner;
      }
      const paragraph = new Y.XmlElement('paragraph');
      current.insert(0, [paragraph]);
      paragraph.insert(0, [new Y.XmlText('deep')]);
    };
  }

  it('refuses blocks nested deeper than MAX_NESTING, which overflowed every reader of the section (3,000 levels broke the whole entry)', () => {
    expect(check(nested(MAX_NESTING - 1))).toBeNull(); // the paragraph makes it MAX_NESTING
    expect(check(nested(MAX_NESTING))).toMatch(/nest at most 32 deep/);
    expect(check(nested(3000))).toMatch(/nest at most 32 deep/);
  });

  it('refuses a NUL in text and in attribute values, which PostgreSQL cannot store (revisions and sign-offs then failed)', () => {
    expect(check((f) => textOf(f, 'paragraph').insert(0, 'a\u0000b'))).toBe('Text cannot hold a NUL character.');
    expect(check((f) => textOf(f, 'paragraph').format(0, 3, { link: { href: 'https://a\u0000' } }))).toMatch(/"href" of "link"/);
    expect(check((f) => element(f, 'codeBlock').setAttribute('language', 'a\u0000'))).toMatch(/"language" of a "codeBlock"/);
  });

  it('refuses an attribute holding several values: Yjs reads the last, so the first was not the one shown', () => {
    expect(
      check((f) => {
        const heading = element(f, 'heading');
        const doc = heading.doc!;
        // What a crafted update can hold (the editor never writes it), and y-prosemirror reads as level 9.
        doc.transact((transaction) => {
          const left = heading._map.get('level')!;
          const id = Y.createID(doc.clientID, Y.getState(doc.store, doc.clientID));
          new Y.Item(id, left, left.lastId, null, null, heading, 'level', new Y.ContentAny([1, 9])).integrate(transaction, 0);
        });
        expect(heading.getAttribute('level')).toBe(9);
      }),
    ).not.toBeNull();
  });

  it('refuses links that run or embed something, and code block languages that would end the Markdown fence', () => {
    expect(check((f) => textOf(f, 'paragraph').format(0, 3, { link: { href: 'javascript:alert(document.cookie)' } }))).toMatch(/"href" of "link"/);
    expect(check((f) => textOf(f, 'paragraph').format(0, 3, { link: { href: ' DATA:text/html,x' } }))).toMatch(/"href" of "link"/);
    expect(check((f) => textOf(f, 'paragraph').format(0, 3, { link: { href: 'mailto:team@example.nhs.uk' } }))).toBeNull();
    expect(check((f) => element(f, 'codeBlock').setAttribute('language', 'js\n# injected'))).toMatch(/"language" of a "codeBlock"/);
    expect(check((f) => element(f, 'codeBlock').setAttribute('language', 'c++'))).toBeNull();
  });
});
