import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fragmentText, unsavedWords } from './set-aside';

describe('words set aside after a refusal', () => {
  it('are the words added, passage by passage', () => {
    expect(unsavedWords('Waits fell by a third.', 'Overall, waits fell by a third. Audits agree.')).toBe('Overall, waits … Audits agree.');
  });

  it('leave out what only lost letters or words, and a replaced word shows as its new form', () => {
    expect(unsavedWords('Audits confirmed it.', 'Audits confirmed i')).toBe('');
    expect(unsavedWords('Audits confirmed it.', 'Audits it.')).toBe('');
    expect(unsavedWords('Patients shaped the leaflets.', 'Patients co-designed the leaflets.')).toBe('co-designed');
  });

  it('leave out what is left of a word cut short, before the words typed after it (browser walk: "i" offered, of "it." cut to "i" and a space)', () => {
    expect(unsavedWords('Audits confirmed it.', 'Audits confirmed i ')).toBe('');
    expect(unsavedWords('Audits confirmed it.', 'Audits confirmed i Yes')).toBe('Yes');
    expect(unsavedWords('Audits confirmed it.', 'Audits confirms it.')).toBe('confirms');
  });

  it('read the text of nested blocks, suggested words included, without the zero-width spaces of suggested breaks', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('content');
    const list = new Y.XmlElement('bulletList');
    const item = new Y.XmlElement('listItem');
    const inner = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    inner.insert(0, [text]);
    item.insert(0, [inner]);
    list.insert(0, [item]);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('First.')]);
    fragment.insert(0, [paragraph, list]);
    text.insert(0, 'Checked\u200b');
    text.insert(text.length, ' daily', { insertion: { id: 'u~1' } });
    expect(fragmentText(fragment)).toBe('First.\n\nChecked daily');
  });
});
