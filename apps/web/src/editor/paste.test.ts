import { sectionSchema } from '@quorum/section-content/schema';
import { DOMParser as ProseMirrorParser, type Node } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from './paste';
// As Word (Microsoft 365, Windows) and Google Docs (Chrome) put them on the clipboard, trimmed to a few paragraphs.
import googleDocsHtml from './paste-fixtures/google-docs.html?raw';
import wordHtml from './paste-fixtures/word.html?raw';

/** The pasted HTML as the section's schema reads it (what the editor would insert), in a compact outline. */
function pasted(html: string) {
  const { html: clean, notes } = cleanPastedHtml(html);
  const container = document.createElement('div');
  container.innerHTML = clean;
  const doc = ProseMirrorParser.fromSchema(sectionSchema).parse(container);
  return { outline: outline(doc), notes };
}

function outline(node: Node): unknown {
  if (node.isText) {
    const marks = node.marks.map((m) => (m.type.name === 'link' ? `link:${m.attrs.href}` : m.type.name));
    return marks.length ? `${node.text}[${marks.join(',')}]` : node.text;
  }
  const children: unknown[] = [];
  node.forEach((child) => children.push(outline(child)));
  const name = node.type.name === 'heading' ? `h${node.attrs.level}` : node.type.name;
  return { [name]: children };
}

describe('pasting from Word and Google Docs', () => {
  it('keeps Word’s headings, lists (nested, bulleted and numbered), bold, italic and links; turns a table into its rows and says so; leaves out the picture and says so', () => {
    const { outline: doc, notes } = pasted(wordHtml);
    const p = (...text: unknown[]) => ({ paragraph: text });
    const li = (...content: unknown[]) => ({ listItem: content });
    expect(doc).toEqual({
      doc: [
        { h1: ['Sepsis screening on the wards'] },
        p('We screened ', 'every[bold]', ' admission and ', 'audited[italic]', ' the results monthly, as the ', 'NICE guideline[link:https://www.nice.org.uk/guidance/ng51]', ' asks.'),
        { h3: ['What changed'] },
        { bulletList: [li(p('Screening at triage'), { bulletList: [li(p('within 15 minutes'))] }), li(p('Antibiotics within the hour'))] },
        p('Then the steps:'),
        { orderedList: [li(p('Train the nurses')), li(p('Audit monthly'))] },
        p('Month | Screened'),
        p('April | 82%'),
      ],
    });
    expect(notes).toEqual(['1 table was pasted as text: each row is a paragraph, its cells separated by a vertical bar.', '1 image was left out: sections hold text only.']);
  });

  it('reads Google Docs’ paste without making it all bold, keeping its heading, bold and italic spans, link and list; says what it did with the table and the two images', () => {
    const { outline: doc, notes } = pasted(googleDocsHtml);
    const p = (...text: unknown[]) => ({ paragraph: text });
    expect(doc).toEqual({
      doc: [
        { h2: ['What we found'] },
        p('Screening rose from ', '61%[bold]', ' to ', '89%[italic]', '; see ', 'the audit[link:https://example.org/audit]', '.'),
        { bulletList: [{ listItem: [p('Fewer missed cases')] }, { listItem: [p('Faster antibiotics')] }] },
        p('Ward | Rate'),
        p('A&E | 91%'),
      ],
    });
    expect(notes).toEqual(['1 table was pasted as text: each row is a paragraph, its cells separated by a vertical bar.', '2 images were left out: sections hold text only.']);
  });

  it('says nothing when nothing was changed or left out', () => {
    expect(cleanPastedHtml('<p>Plain <strong>text</strong></p>')).toEqual({ html: '<p>Plain <strong>text</strong></p>', notes: [] });
  });
});
