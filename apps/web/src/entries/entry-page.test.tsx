import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Layout } from '../layout/layout';
import { apiError, meMock, NURSE, sectionFixture } from '../test/fixtures';
import { click, getByRole, render, waitFor } from '../test/render';
import { EntryWorkspaceQuery } from './entry.query';
import { EntryPage } from './entry-page';

const entry = {
  __typename: 'Entry',
  id: 'e1',
  title: 'Closing the gap in sepsis recognition',
  state: 'DRAFT',
  viewerRole: 'NURSE',
  template: { __typename: 'Template', id: 't1', award: 'Patient Safety Awards 2021', name: 'Improving health outcomes' },
  abilities: { __typename: 'EntryAbilities', canManageTeam: false },
  sections: [sectionFixture(0, 'The need and the initiative'), sectionFixture(1, 'Impact on patient safety')],
};
const workspace = { request: { query: EntryWorkspaceQuery, variables: { id: 'e1' } }, result: { data: { entry } }, maxUsageCount: Infinity };
const routes = {};
// The app mounts the entry page on both addresses.
const EntryRoutes = () => (
  <Routes>
    <Route element={<Layout />}>
      <Route path="/entries/:entryId" element={<EntryPage />} />
      <Route path="/entries/:entryId/sections/:sectionId" element={<EntryPage />} />
    </Route>
  </Routes>
);

describe('entry page', () => {
  it('shows the sections, and the first section’s word limit, guidance and criteria where the editor goes', async () => {
    await render(<EntryRoutes />, { mocks: [meMock(NURSE), workspace], at: '/entries/e1', ...routes });
    await waitFor(() => getByRole('heading', /Closing the gap in sepsis recognition$/));

    const sectionLinks = [...document.querySelectorAll('.app-section-list a')].map((a) => [a.textContent, a.getAttribute('aria-current')]);
    expect(sectionLinks).toEqual([
      ['The need and the initiative', 'page'],
      ['Impact on patient safety', null],
    ]);
    expect(getByRole('heading', /The need and the initiative$/).textContent).toContain('Section 1 of 2');
    expect(document.body.textContent).toContain('Word limit: 500 words');
    expect(document.body.textContent).toContain('Your role: Nurse');

    const slot = document.querySelector('[data-testid="editor-slot"]')!;
    expect(slot.textContent).toContain('Guidance for The need and the initiative.');
    expect([...slot.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['First criterion of The need and the initiative', 'Second criterion of The need and the initiative']);
  });

  it('moves to another section by its link', async () => {
    await render(<EntryRoutes />, { mocks: [meMock(NURSE), workspace], at: '/entries/e1', ...routes });
    await waitFor(() => getByRole('heading', /Closing the gap in sepsis recognition$/));
    await click(getByRole('link', 'Impact on patient safety'));
    const heading = await waitFor(() => getByRole('heading', /Impact on patient safety$/));
    expect(heading.textContent).toContain('Section 2 of 2');
    // A new section is new content: focus starts there, not back at the entry's title.
    expect(document.activeElement).toBe(heading);
    expect(document.querySelector('[data-testid="editor-slot"]')!.textContent).toContain('First criterion of Impact on patient safety');
  });

  it('says plainly when the entry is not there (or not theirs)', async () => {
    const missing = { request: { query: EntryWorkspaceQuery, variables: { id: 'e1' } }, result: apiError('NOT_FOUND', 'Entry was not found.') };
    await render(<EntryRoutes />, { mocks: [meMock(NURSE), missing], at: '/entries/e1', ...routes });
    await waitFor(() => getByRole('heading', 'Page not found'));
    expect(document.body.textContent).toContain('you may not be a member of its team');
  });
});
