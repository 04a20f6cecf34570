import { replaceContentUpdate, sectionSchema } from '@quorum/section-content';
import type { Editor } from '@tiptap/core';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { createConnectionStore } from '../connection/connection-status';
import { CONTENT_FIELD } from '../live/live-section';
import { useLiveSection } from '../live/use-live-section';
import { FakeLiveServer } from '../test/fake-live';
import { meMock, NURSE } from '../test/fixtures';
import { render } from '../test/render';
import { SectionEditor } from './section-editor';

const TEXT = ['# Why we started', 'An audit of emergency admissions.', '## The audit', 'Antibiotics came later.', '### Who took part', 'Nurses and doctors.'].join('\n\n');

/** The section's text under its h2 title, as on the entry page and in review mode. */
function Section({ canEdit }: { canEdit: boolean }) {
  const { live, state } = useLiveSection('s-1', canEdit);
  return (
    <>
      <h2 id="title">The need and the initiative</h2>
      <p id="limit">Word limit: 500 words</p>
      {live && state.ready && <SectionEditor live={live} state={state} canEdit={canEdit} wordLimit={500} titleId="title" limitId="limit" user={{ id: NURSE.id, name: NURSE.name, color: '#005eb8' }} />}
    </>
  );
}

function renderSection(canEdit: boolean) {
  const server = new FakeLiveServer();
  replaceContentUpdate(server.doc('s-1'), TEXT);
  const connection = createConnectionStore();
  connection.report('connected');
  render(<Section canEdit={canEdit} />, { mocks: [meMock(NURSE)], live: server, connection });
  return server;
}

const headingsIn = (element: Element) => [...element.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => [h.tagName, h.textContent]);

/** The levels of the headings in the section's shared document, as the server and the Markdown export read them. */
function storedLevels(server: FakeLiveServer) {
  const doc = yXmlFragmentToProseMirrorRootNode(server.doc('s-1').getXmlFragment(CONTENT_FIELD), sectionSchema);
  const levels: [number, string][] = [];
  doc.descendants((node) => void (node.type.name === 'heading' && levels.push([node.attrs.level as number, node.textContent])));
  return levels;
}

describe('the text’s headings', () => {
  // jsdom lays nothing out; ProseMirror measures ranges to scroll the selection into view.
  beforeAll(() => {
    Range.prototype.getClientRects ??= () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
    Range.prototype.getBoundingClientRect ??= () => new DOMRect();
  });

  it.each([
    ['in the editor', true, 'textbox'],
    ['read-only, as in review mode', false, 'document'],
  ] as const)('are h3 to h5 on the page, below the section’s h2 title: %s', async (_, canEdit, role) => {
    renderSection(canEdit);
    const text = await screen.findByRole(role, { name: 'The need and the initiative' });
    await waitFor(() =>
      expect(headingsIn(text)).toEqual([
        ['H3', 'Why we started'],
        ['H4', 'The audit'],
        ['H5', 'Who took part'],
      ]),
    );
    // The document keeps its levels: what is copied, and what the server exports, still says 1 to 3.
    expect((text as HTMLElement & { editor: Editor }).editor.getHTML()).toContain('<h1>Why we started</h1><p>An audit of emergency admissions.</p><h2>The audit</h2>');
  });

  it('are named by rank in the toolbar, which changes a heading’s level in the document and its element on the page', async () => {
    const server = renderSection(true);
    const text = await screen.findByRole('textbox', { name: 'The need and the initiative' });
    await waitFor(() => expect(headingsIn(text)).toHaveLength(3));
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    expect(
      within(within(toolbar).getByRole('group', { name: 'Headings' }))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Heading', 'Subheading', 'Minor heading']);

    // In the first heading, "Heading" is pressed; "Subheading" makes it a level 2 heading, an h4.
    const editor = (text as HTMLElement & { editor: Editor }).editor;
    act(() => void editor.commands.setTextSelection(3));
    await waitFor(() => expect(within(toolbar).getByRole('button', { name: 'Heading' }).getAttribute('aria-pressed')).toBe('true'));
    fireEvent.click(within(toolbar).getByRole('button', { name: 'Subheading' }));
    await waitFor(() => expect(headingsIn(text)[0]).toEqual(['H4', 'Why we started']));
    expect(within(toolbar).getByRole('button', { name: 'Subheading' }).getAttribute('aria-pressed')).toBe('true');
    await waitFor(() =>
      expect(storedLevels(server)).toEqual([
        [2, 'Why we started'],
        [2, 'The audit'],
        [3, 'Who took part'],
      ]),
    );
  });
});
