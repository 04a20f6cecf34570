import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { commentsMock, PEOPLE } from '../comments/fixtures';
import { quietEvents } from '../test/fixtures';
import { createConnectionStore } from '../connection/connection-status';
import { EntryPage } from '../entries/entry-page';
import { workspaceMock } from '../entries/fixtures';
import { Layout } from '../layout/layout';
import { workflowMock } from '../sign-off/fixtures';
import { FakeLiveServer } from '../test/fake-live';
import { meMock, sectionFixture } from '../test/fixtures';
import { render } from '../test/render';
import { ReviewPage } from './review-page';

type Role = 'NURSE' | 'PATIENT_REP' | 'OBSERVER';

// The same sections, ids and titles as the comments' and workflow's answers.
const SECTIONS = [
  { ...sectionFixture(0, 'Patient involvement'), id: 's-1' },
  { ...sectionFixture(1, 'Impact on patient safety'), id: 's-2' },
];

const Routed = () => (
  <Routes>
    <Route element={<Layout />}>
      <Route path="/entries/:entryId" element={<EntryPage />} />
      <Route path="/entries/:entryId/sections/:sectionId" element={<EntryPage />} />
      <Route path="/entries/:entryId/review" element={<ReviewPage />} />
      <Route path="/entries/:entryId/review/:sectionId" element={<ReviewPage />} />
    </Route>
  </Routes>
);

function renderAt(at: string, role: Role) {
  const server = new FakeLiveServer();
  server.writeParagraph('s-1', 'Families helped write the leaflets.');
  const connection = createConnectionStore();
  connection.report('connected');
  const viewer = role === 'NURSE' ? PEOPLE.nurse : role === 'OBSERVER' ? PEOPLE.observer : PEOPLE.patient;
  const comments = { ...commentsMock(viewer, []), maxUsageCount: Infinity };
  render(<Routed />, {
    mocks: [meMock(viewer), workspaceMock('IN_REVIEW', role, 'Closing the gap in sepsis recognition', SECTIONS), comments, quietEvents(), workflowMock('IN_REVIEW', false)],
    at,
    live: server,
    connection,
  });
  return server;
}

describe('review mode', () => {
  beforeEach(() => localStorage.clear());

  it('is where a patient representative lands: the text large and read-only, comments beside it, no editor', async () => {
    renderAt('/entries/e1', 'PATIENT_REP');
    const heading = await screen.findByRole('heading', { name: /Patient involvement$/, level: 2 });
    expect(heading.textContent).toContain('Section 1 of 2');
    await waitFor(() => expect(screen.getByTestId('section-text').textContent).toContain('Families helped write the leaflets.'));
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('toolbar')).toBeNull();
    expect(document.querySelector('#section-text')!.getAttribute('contenteditable')).toBe('false');
    expect(screen.getByTestId('review-text').closest('.app-review')!.className).toContain('app-review--large');
    // Comments: a patient representative may add them.
    expect(await screen.findByRole('button', { name: 'Add a comment' })).toBeTruthy();
    // The workspace is a link away, where she may suggest changes (issue 11).
    expect(screen.getByRole('link', { name: 'Suggest changes to this section' }).getAttribute('href')).toBe('/entries/e1/sections/s-1');
  });

  it('changes the text size, and remembers it', async () => {
    renderAt('/entries/e1/review/s-1', 'OBSERVER');
    const sizes = await screen.findByRole('group', { name: 'Text size' });
    expect(
      within(sizes)
        .getAllByRole('radio')
        .map((r) => [r.getAttribute('value'), (r as HTMLInputElement).checked]),
    ).toEqual([
      ['normal', false],
      ['large', true],
      ['larger', false],
    ]);
    fireEvent.click(within(sizes).getByLabelText('Larger'));
    expect(screen.getByTestId('review-text').closest('.app-review')!.className).toContain('app-review--larger');
    expect(localStorage.getItem('quorum:review-text-size')).toBe('larger');
    // Observers read comments but do not write them.
    expect(await screen.findByText('Your role can read comments but not add them.')).toBeTruthy();
  });

  it('starts at the size chosen before', async () => {
    localStorage.setItem('quorum:review-text-size', 'normal');
    renderAt('/entries/e1/review', 'PATIENT_REP');
    await screen.findByRole('group', { name: 'Text size' });
    expect((screen.getByLabelText('Normal') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('review-text').closest('.app-review')!.className).toContain('app-review--normal');
  });

  it('moves between sections by the contents list and previous/next links, focus going to the new section', async () => {
    renderAt('/entries/e1/review', 'PATIENT_REP');
    const contents = await screen.findByRole('navigation', { name: 'Sections' });
    expect(
      within(contents)
        .getAllByRole('listitem')
        .map((li) => [li.textContent, li.getAttribute('aria-current'), !!li.querySelector('a')]),
    ).toEqual([
      ['Patient involvement', 'page', false],
      ['Impact on patient safety', null, true],
    ]);
    const pages = screen.getByRole('navigation', { name: 'Previous and next section' });
    fireEvent.click(within(pages).getByRole('link', { name: /^Next section\W+Impact on patient safety$/ }));
    const heading = await screen.findByRole('heading', { name: /Impact on patient safety$/, level: 2 });
    expect(heading.textContent).toContain('Section 2 of 2');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(within(screen.getByRole('navigation', { name: 'Previous and next section' })).getByRole('link').textContent).toBe('Previous section: Patient involvement');
  });

  it('is a link away for those who edit, who stay in the workspace when they open the entry', async () => {
    renderAt('/entries/e1', 'NURSE');
    await screen.findByRole('textbox', { name: 'Patient involvement' });
    fireEvent.click(screen.getByRole('link', { name: 'Read this section in review mode' }));
    await screen.findByRole('group', { name: 'Text size' });
    expect(screen.queryByRole('textbox', { name: 'Patient involvement' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Edit this section' }).getAttribute('href')).toBe('/entries/e1/sections/s-1');
    await act(async () => {});
  });
});
