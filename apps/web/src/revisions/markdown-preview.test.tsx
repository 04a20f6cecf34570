import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkdownPreview } from './markdown-preview';

const html = (markdown: string) => render(<MarkdownPreview markdown={markdown} />).container.innerHTML;

describe('a revision’s Markdown, laid out', () => {
  it('reads headings, paragraphs, lists and quotes', () => {
    expect(html('## Why we started\n\nSepsis was found late.\n\n- First\n- Second\n\n1. One\n2. Two\n\n> Quoted')).toBe(
      '<h5 class="app-preview-h2">Why we started</h5><p>Sepsis was found late.</p><ul><li><p>First</p></li><li><p>Second</p></li></ul><ol start="1"><li><p>One</p></li><li><p>Two</p></li></ol><blockquote><p>Quoted</p></blockquote>',
    );
  });

  it('reads nested lists', () => {
    expect(html('- Outer\n  - Inner\n- Next')).toBe('<ul><li><p>Outer</p><ul><li><p>Inner</p></li></ul></li><li><p>Next</p></li></ul>');
  });

  it('reads bold, italic, links, escapes and character references, and never makes a script link', () => {
    expect(html('**Bold** and *italic* with [NHS](https://www.nhs.uk) and \\*stars\\* and 5&#32;')).toBe(
      '<p><strong>Bold</strong> and <em>italic</em> with <a class="nhsuk-link" href="https://www.nhs.uk">NHS</a> and *stars* and 5 </p>',
    );
    // The section's parser refuses a script link and keeps it as the text it was (the regexes made a link without an address).
    expect(html('[click](javascript:alert(1))')).toBe('<p>[click](javascript:alert(1))</p>');
    // A link the parser accepts, but not to the web or an email address, has no address either.
    expect(html('[files](ftp://example.org/a)')).toBe('<p><a class="nhsuk-link">files</a></p>');
  });

  it('reads what the editor holds: one link around a bold word, code, rules, breaks, headings below the revision’s own', () => {
    expect(html('[the **new** pathway](https://www.nhs.uk)')).toBe('<p><a class="nhsuk-link" href="https://www.nhs.uk">the <strong>new</strong> pathway</a></p>');
    expect(html('# One\n\n##### Five\n\n```\nx < 1\n```\n\n---\n\nline\\\nbreak')).toBe(
      '<h4 class="app-preview-h1">One</h4><h6 class="app-preview-h3">Five</h6><pre><code>x &lt; 1</code></pre><hr><p>line<br>break</p>',
    );
  });

  it('keeps HTML in a revision as text', () => {
    expect(html('<img src=x onerror=alert(1)> and <b>bold</b>')).toBe('<p>&lt;img src=x onerror=alert(1)&gt; and &lt;b&gt;bold&lt;/b&gt;</p>');
  });
});

describe('long numbered lists', () => {
  it('keep their right-aligned numbers as items of one list', () => {
    const markdown = Array.from({ length: 10 }, (_, i) => `${String(i + 1).padStart(2)}. Item ${i + 1}`).join('\n');
    expect(render(<MarkdownPreview markdown={markdown} />).container.querySelectorAll('ol > li')).toHaveLength(10);
  });
});
