import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { markdownToProseMirrorJSON, replaceContentUpdate, toMarkdown, toProseMirrorJSON, unsupportedMarkdown } from './index.js';
import { PROPERTY_TIMEOUT, propertyParams, withSeed } from './test-support/property.js';

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

/** A paragraph of plain text: a string, or its lines (hard breaks between them). */
type Plain = string | string[];
const linesOf = (p: Plain) => (typeof p === 'string' ? [p] : p);

/** A Y.Doc holding plain paragraphs, written as the editor would. */
function plainDoc(paragraphs: Plain[]): Y.Doc {
  const doc = new Y.Doc();
  doc.getXmlFragment('content').insert(
    0,
    paragraphs.map((p) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(
        0,
        linesOf(p).flatMap((line, i) => [...(i ? [new Y.XmlElement('hardBreak')] : []), new Y.XmlText(line)]),
      );
      return paragraph;
    }),
  );
  return doc;
}

function plainJSON(paragraphs: Plain[]) {
  return {
    type: 'doc',
    content: paragraphs.map((p) => ({
      type: 'paragraph',
      content: linesOf(p).flatMap((text, i) => [...(i ? [{ type: 'hardBreak' }] : []), { type: 'text', text }]),
    })),
  };
}

/** Out to Markdown and back in gives the same paragraphs; returns the Markdown. */
function expectPlainRoundTrip(paragraphs: Plain[]): string {
  const doc = plainDoc(paragraphs);
  const json = plainJSON(paragraphs);
  expect(toProseMirrorJSON(doc)).toEqual(json);
  const md = toMarkdown(doc);
  expect(toProseMirrorJSON(docOf(md))).toEqual(json);
  expect(throughYjs(md)).toBe(md);
  return md;
}

describe('plain text that looks like Markdown stays text', () => {
  // Counterexamples the property below once found, and their kin: text that would start a block.
  const cases: Record<string, Plain[]> = {
    'ordered-list marker "0)"': ['0) ]'],
    'lone "+" then "("': ['+', '('],
    'lone "-", "*" and "+"': ['-', '*', '+'],
    'bullet markers with text': ['- a', '+ b', '* c', '-\tx', '+\ty'],
    'ordered-list markers': ['1.', '1. one', '10) ten', '0)', '1986. A good year', '123456789. nine digits', '2)\tx'],
    headings: ['#', '# a', '###### six', '####### seven', '#\tx'],
    quotes: ['>', '> quoted', '>no space'],
    'thematic breaks': ['---', '- - -', '***', '___', '--', '-- -'],
    fences: ['```', '```ts', '~~~', '``` a ```'],
    'indented code': ['    four spaces', '\ttab', '        eight'],
    'leading and trailing whitespace': [' one', 'two ', '  both  ', ' ', '\t', 'a \t'],
    'table and HTML-looking text': ['| a | b |', '|---|---|', '<div>', '<!-- c -->', '<https://x.y>', '&amp; &#35;'],
    'link reference definition': ['[a]: https://example.org'],
    'setext underlines after a hard break': [
      ['Title', '==='],
      ['Title', '---'],
      ['Title', '='],
      ['Title', '-'],
    ],
    'block markers after a hard break': [
      ['a', '- b'],
      ['a', '1. b'],
      ['a', '2) b'],
      ['a', '# b'],
      ['a', '> b'],
      ['a', '```'],
      ['a', '+'],
    ],
    'whitespace around a hard break': [
      ['a ', ' b'],
      ['a', '    b'],
      ['a\t', '\tb'],
    ],
    'underscores beside escaped ones (seed 6)': ['__A ___~ ]', ')'],
    underscores: ['_a_', '__a__', 'a__b', 'a_b_', '_', '___', 'é_ü', '1_000_000'],
  };
  for (const [name, paragraphs] of Object.entries(cases)) {
    it(name, () => {
      expectPlainRoundTrip(paragraphs);
    });
  }

  it('escapes only where needed', () => {
    expect(expectPlainRoundTrip(['0) ]', '+', '('])).toBe('0\\) \\]\n\n\\+\n\n(');
    expect(expectPlainRoundTrip(['1986. A good year', '- a', '# a', '> a'])).toBe('1986\\. A good year\n\n\\- a\n\n\\# a\n\n\\> a');
    expect(expectPlainRoundTrip([['Title', '---']])).toBe('Title\\\n\\---');
    expect(expectPlainRoundTrip(['    code', 'end  '])).toBe('&#32;   code\n\nend &#32;');
  });

  it('leaves ordinary prose alone', () => {
    const prose = [
      'The gap fell 12.3 points (95% CI 4.1 to 8.2).',
      '-5 degrees, 3.5 stars, #hashtag, a => b, 1+1=2, 10 - 2 = 8 and C# | F#.',
      '2024 was busy. So was 2025: 12 wards (of 40) took part.',
      'Set max_wait_days in the on_call_rota table (or the 1_000 limit).',
    ];
    expect(expectPlainRoundTrip(prose)).toBe(prose.join('\n\n'));
  });

  it('still escapes markers in a list item', () => {
    expect(throughYjs('- 1\\. a\n- \\+\n- \\> b')).toBe('- 1\\. a\n- \\+\n- \\> b');
  });
});

describe('property: plain paragraphs survive Markdown -> Yjs -> Markdown', () => {
  // Words mix letters with every character Markdown gives a meaning to.
  const word = fc.stringMatching(/^[a-zA-Z0-9*_`~[\]()<>#!&;:.+\-=|\\'"]{1,8}$/);
  const paragraph = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
  const paragraphs = fc.array(paragraph, { minLength: 1, maxLength: 4 });

  // Lines split by hard breaks, with runs of spaces and tabs anywhere, leading and trailing too.
  const gap = fc.constantFrom(' ', '  ', '\t', '    ', ' \t');
  const line = fc
    .tuple(fc.option(gap), fc.array(fc.tuple(word, gap), { maxLength: 5 }), word, fc.option(gap))
    .map(([lead, pairs, last, trail]) => `${lead ?? ''}${pairs.map(([w, g]) => w + g).join('')}${last}${trail ?? ''}`);
  const broken = fc.array(fc.array(line, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });

  it(withSeed('keeps the text of each paragraph exactly'), { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(paragraphs, (texts) => {
        expectPlainRoundTrip(texts);
      }),
      propertyParams(300),
    );
  });

  it(withSeed('keeps lines, hard breaks and whitespace exactly'), { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(broken, (texts) => {
        expectPlainRoundTrip(texts);
      }),
      propertyParams(300),
    );
  });
});

describe('unsupportedMarkdown', () => {
  it('names tables and images, which a section would garble or drop', () => {
    expect(unsupportedMarkdown('| Group | 2022 |\n| --- | --- |\n| White | 79% |')).toBe('a table');
    expect(unsupportedMarkdown('See ![the chart](https://example.org/c.png).')).toBe('an image');
    expect(unsupportedMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n\n![x](y.png)')).toBe('a table and an image');
  });

  it('finds nothing in what a section holds, pipes in plain text included', () => {
    expect(unsupportedMarkdown('## Goals\n\n- Screen **every** patient\n- a | b in a sentence\n\n[a link](https://example.org)')).toBeNull();
  });
});
