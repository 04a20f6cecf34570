import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { markdownToProseMirrorJSON, replaceContentUpdate, toMarkdown, toProseMirrorJSON } from './index.js';

/** Markdown -> a fresh Y.Doc (through a Yjs update, as the server stores it) -> Markdown. */
function throughYjs(md: string): string {
  const update = replaceContentUpdate(new Y.Doc(), md);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return toMarkdown(doc);
}

describe('Markdown round trip through Yjs', () => {
  const cases: Record<string, string> = {
    headings: '# One\n\n## Two\n\n### Three',
    'bullet list': '- first\n- second\n  - nested\n- third',
    'ordered list': '1. first\n2. second\n\nBetween.\n\n5. five\n6. six',
    'bold and italic': 'Plain **bold** and *italic* and ***both*** and ~~struck~~.',
    links: 'See [the guide](https://www.nhs.uk/guide "Guide") or <https://example.org>.',
    'code and quote': 'Use `x = 1` here.\n\n> Quoted **text**\n\n```ts\nconst a = 1;\n```',
    'hard break and rule': 'line one\\\nline two\n\n---\n\nafter',
    'loose list item': '- para one\n\n  para two\n- next',
  };
  for (const [name, md] of Object.entries(cases)) {
    it(name, () => expect(throughYjs(md)).toBe(md));
  }

  it('uses Tiptap node and mark names', () => {
    const json = markdownToProseMirrorJSON('## Aims\n\n- **bold** [l](https://a.b)\n\n1. one\n\na  \nb');
    expect(json).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Aims' }] },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                {
                  type: 'paragraph',
                  content: [
                    { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
                    { type: 'text', text: ' ' },
                    {
                      type: 'text',
                      text: 'l',
                      marks: [
                        {
                          type: 'link',
                          attrs: { href: 'https://a.b', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null },
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'a' }, { type: 'hardBreak' }, { type: 'text', text: 'b' }] },
      ],
    });
  });

  it('keeps headings deeper than 3 as level 3', () => {
    expect(throughYjs('#### Deep')).toBe('### Deep');
  });

  it('keeps raw HTML as text, escaped on the way out', () => {
    const md = 'a <script>alert(1)</script> &amp; b';
    expect(toProseMirrorJSON(Y.encodeStateAsUpdate(docOf(md)))).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a <script>alert(1)</script> & b' }] }],
    });
    expect(throughYjs(md)).toBe('a \\<script>alert(1)\\</script> & b');
  });

  it('refuses unsafe link targets', () => {
    expect(throughYjs('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
  });

  it('reads an empty section as one empty paragraph', () => {
    expect(toMarkdown(new Y.Doc())).toBe('');
    expect(toProseMirrorJSON(new Y.Doc())).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});

function docOf(md: string): Y.Doc {
  const doc = new Y.Doc();
  replaceContentUpdate(doc, md);
  return doc;
}

describe('property: plain paragraphs survive Markdown -> Yjs -> Markdown', () => {
  // Words mix letters with every character Markdown gives a meaning to.
  const word = fc.stringMatching(/^[a-zA-Z0-9*_`~\[\]()<>#!&;:.+\-=|\\'"]{1,8}$/);
  const paragraph = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
  const paragraphs = fc.array(paragraph, { minLength: 1, maxLength: 4 });

  it('keeps the text of each paragraph exactly', () => {
    fc.assert(
      fc.property(paragraphs, (texts) => {
        const doc = new Y.Doc();
        const json = {
          type: 'doc',
          content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
        };
        // Write the paragraphs as the editor would, then go out to Markdown and back in.
        const fragment = doc.getXmlFragment('content');
        fragment.insert(
          0,
          texts.map((text) => {
            const p = new Y.XmlElement('paragraph');
            p.insert(0, [new Y.XmlText(text)]);
            return p;
          }),
        );
        expect(toProseMirrorJSON(doc)).toEqual(json);
        const md = toMarkdown(doc);
        expect(toProseMirrorJSON(docOf(md))).toEqual(json);
        expect(throughYjs(md)).toBe(md);
      }),
      { numRuns: 300 },
    );
  });
});
