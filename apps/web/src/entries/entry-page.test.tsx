import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createConnectionStore } from '../connection/connection-status';
import { Layout } from '../layout/layout';
import { FakeLiveServer } from '../test/fake-live';
import { apiError, meMock, NURSE, sectionFixture } from '../test/fixtures';
import { render } from '../test/render';
import { EntryPage } from './entry-page';
import { workspaceMock } from './fixtures';
import { EntryWorkspaceQuery } from './operations';

const SECTIONS = [sectionFixture(0, 'The need and the initiative'), sectionFixture(1, 'Impact on patient safety')];

// The app mounts the entry page on both addresses.
const EntryRoutes = () => (
  <Routes>
    <Route element={<Layout />}>
      <Route path="/entries/:entryId" element={<EntryPage />} />
      <Route path="/entries/:entryId/sections/:sectionId" element={<EntryPage />} />
    </Route>
  </Routes>
);

function renderEntry(role: 'NURSE' | 'PATIENT_REP' = 'NURSE', at = '/entries/e1') {
  const server = new FakeLiveServer();
  const connection = createConnectionStore();
  connection.report('connected');
  render(<EntryRoutes />, { mocks: [meMock(NURSE), workspaceMock('DRAFT', role, 'Closing the gap in sepsis recognition', SECTIONS)], at, live: server, connection });
  return server;
}

describe('entry page', () => {
  it('shows the sections, and the first section’s word limit, guidance, criteria and its editor', async () => {
    renderEntry();
    await screen.findByRole('heading', { name: /Closing the gap in sepsis recognition$/ });
    const sectionLinks = [...document.querySelectorAll('.app-section-list a')].map((a) => [a.textContent, a.getAttribute('aria-current')]);
    expect(sectionLinks).toEqual([
      ['The need and the initiative', 'page'],
      ['Impact on patient safety', null],
    ]);
    expect(screen.getByRole('heading', { name: /The need and the initiative$/ }).textContent).toContain('Section 1 of 2');
    expect(document.body.textContent).toContain('Your role: Nurse');
    expect(screen.getByTestId('section-guidance').textContent).toContain('Guidance for The need and the initiative.');
    expect(
      within(screen.getByTestId('section-criteria'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['First criterion of The need and the initiative', 'Second criterion of The need and the initiative']);

    // The editor is named by the section's title and described by its word limit and count.
    const editor = await screen.findByRole('textbox', { name: 'The need and the initiative' });
    expect(editor.getAttribute('aria-describedby')).toContain('section-word-limit');
    expect(screen.getByTestId('word-count').textContent).toBe('0 words of 500 used');
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    expect(
      within(toolbar)
        .getAllByRole('button')
        .map((b) => [b.textContent, b.getAttribute('aria-pressed'), b.tabIndex]),
    ).toEqual([
      ['Heading', 'false', 0],
      ['Subheading', 'false', -1],
      ['Minor heading', 'false', -1],
      ['Bold', 'false', -1],
      ['Italic', 'false', -1],
      ['Bulleted list', 'false', -1],
      ['Numbered list', 'false', -1],
      ['Link', 'false', -1],
      ['Figure', 'false', -1],
    ]);
    expect(screen.getByTestId('save-status').textContent).toBe('All changes saved');
  });

  it('moves along the toolbar with the arrow keys', async () => {
    renderEntry();
    const toolbar = await screen.findByRole('toolbar', { name: 'Formatting' });
    const [first, second] = within(toolbar).getAllByRole('button');
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(second);
    expect(second.tabIndex).toBe(0);
    fireEvent.keyDown(second, { key: 'End' });
    expect(document.activeElement?.textContent).toBe('Figure');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(first);
  });

  it('shows others’ words as they arrive, counts them, and says who else is in the section', async () => {
    const server = renderEntry();
    await screen.findByRole('textbox', { name: 'The need and the initiative' });
    act(() => server.writeParagraph('s-0', 'Written by a colleague just now.'));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'The need and the initiative' }).textContent).toBe('Written by a colleague just now.'));
    expect(screen.getByTestId('word-count').textContent).toBe('6 words of 500 used');

    act(() => server.hearPresence({ clientId: 'medic-tab', userId: 'u-medic', userName: 'Dr Sunil Mehta', sectionId: 's-0', awareness: '', left: false }));
    expect(screen.getByTestId('also-here').textContent).toBe('Also in this section: Dr Sunil Mehta');
    expect(within(screen.getByTestId('people-here')).getByRole('listitem').textContent).toBe('Dr Sunil Mehtain The need and the initiative');
  });

  it('gives roles that cannot edit the live text without any editing controls', async () => {
    // A section's own address: the entry's address takes patient representatives to review mode.
    const server = renderEntry('PATIENT_REP', '/entries/e1/sections/s-0');
    await screen.findByText('Nothing has been written in this section yet.');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('toolbar')).toBeNull();
    act(() => server.writeParagraph('s-0', 'Still live for readers.'));
    await waitFor(() => expect(screen.getByTestId('section-text').textContent).toContain('Still live for readers.'));
    expect(document.querySelector('#section-text')!.getAttribute('contenteditable')).toBe('false');
  });

  it('moves to another section by its link', async () => {
    renderEntry();
    await screen.findByRole('heading', { name: /Closing the gap in sepsis recognition$/ });
    fireEvent.click(screen.getByRole('link', { name: 'Impact on patient safety' }));
    const heading = await screen.findByRole('heading', { name: /Impact on patient safety$/ });
    expect(heading.textContent).toContain('Section 2 of 2');
    // A new section is new content: focus starts there, not back at the entry's title.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(await screen.findByRole('textbox', { name: 'Impact on patient safety' })).toBeTruthy();
  });

  it('says plainly when the entry is not there (or not theirs)', async () => {
    const missing = { request: { query: EntryWorkspaceQuery, variables: { id: 'e1' } }, result: apiError('NOT_FOUND', 'Entry was not found.') };
    render(<EntryRoutes />, { mocks: [meMock(NURSE), missing], at: '/entries/e1' });
    await screen.findByRole('heading', { name: 'Page not found' });
    expect(document.body.textContent).toContain('you may not be a member of its team');
  });
});
