import { describe, expect, it } from 'vitest';
import type { ContentNode, ExportDocument } from './export.model.js';
import { renderHtml } from './render-html.js';

const text = (value: string, marks?: ContentNode['marks']): ContentNode => ({ type: 'text', text: value, ...(marks && { marks }) });
const link = (href: string) => [{ type: 'link', attrs: { href } }];

/** The HTML of one section holding `content`, as the export writes it. */
function sectionHtml(...content: ContentNode[]): string {
  const doc: ExportDocument = {
    title: 'Entry',
    award: 'Award',
    category: 'Category',
    exportedAt: new Date(0),
    sections: [{ title: 'Section', wordCount: 1, wordLimit: 10, content: { type: 'doc', content } }],
    metrics: [],
    testimonials: [],
    manifest: { header: [], rows: [] },
  } as unknown as ExportDocument;
  const html = renderHtml(doc);
  return html.slice(html.indexOf('</p>', html.indexOf('class="words"')) + 4, html.indexOf('</section>'));
}

describe('a section’s content in the HTML export', () => {
  it('escapes every piece of user text, in text and in link addresses', () => {
    expect(sectionHtml({ type: 'paragraph', content: [text('<script>alert("x")</script> & \'y\''), text('go', link('https://example.org/?a="b"&c=<d>'))] })).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;<a href="https://example.org/?a=&quot;b&quot;&amp;c=&lt;d&gt;">go</a></p>',
    );
  });

  it('links only to http(s) and mailto: any other link keeps its text and loses its address', () => {
    const html = sectionHtml({ type: 'paragraph', content: [text('a', link('javascript:alert(1)')), text('b', link(' mailto:x@example.org')), text('c', link('data:text/html,x'))] });
    expect(html).toBe('<p>a<a href="mailto:x@example.org">b</a>c</p>');
  });

  it('shifts headings under the section’s h2, to h6 at most', () => {
    const heading = (level: number) => ({ type: 'heading', attrs: { level }, content: [text(`Level ${level}`)] });
    expect(sectionHtml(heading(1), heading(3), heading(5))).toBe('<h3>Level 1</h3><h5>Level 3</h5><h6>Level 5</h6>');
  });

  it('keeps an ordered list’s start, and writes code blocks as <pre>', () => {
    const item = (value: string) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [text(value)] }] });
    expect(sectionHtml({ type: 'orderedList', attrs: { start: 3 }, content: [item('three'), item('four')] })).toBe('<ol start="3"><li><p>three</p></li><li><p>four</p></li></ol>');
    expect(sectionHtml({ type: 'codeBlock', content: [text('if (a < b) {}')] })).toMatch(/^<pre>(<code>)?if \(a &lt; b\) \{\}(<\/code>)?<\/pre>$/);
    expect(sectionHtml({ type: 'paragraph', content: [text('one'), { type: 'hardBreak' }, text('two')] }, { type: 'horizontalRule' })).toBe('<p>one<br>two</p><hr>');
  });
});
