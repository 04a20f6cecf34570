import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError } from '../test/fixtures';
import { render } from '../test/render';
import { diffMock } from './fixtures';
import { NameSectionRevisionMutation, RestoreSectionRevisionMutation, SectionRevisionsQuery } from './operations';
import { RevisionHistory } from './revision-history';

const revision = {
  __typename: 'SectionRevision' as const,
  id: 'r1',
  name: null,
  createdAt: '2026-06-03T13:05:00.000Z',
  reason: 'edits',
  version: 12,
  wordCount: 7,
  markdown: '## Why we started\n\nSepsis was **recognised late**.',
  authors: [{ __typename: 'User' as const, id: 'u-nurse', name: 'Grace Mensah' }],
};
const named = { ...revision, id: 'r2', name: 'Sent to the patient panel', createdAt: '2026-06-04T08:00:00.000Z', reason: 'pause', version: 20, markdown: 'Sepsis was recognised late.' };
const revisionsOf = (nodes: object[]) => ({
  request: { query: SectionRevisionsQuery, variables: { entryId: 'e1' } },
  result: {
    data: { entry: { __typename: 'Entry', id: 'e1', sections: [{ __typename: 'Section', id: 's1', revisions: { __typename: 'SectionRevisionConnection', totalCount: nodes.length, nodes } }] } },
  },
  maxUsageCount: Infinity,
});
const revisions = revisionsOf([revision]);
const restoreInput = { request: { query: RestoreSectionRevisionMutation, variables: { input: { revisionId: 'r1' } } } };

async function openHistory(canEdit: boolean, ...mocks: object[]) {
  render(<RevisionHistory entryId="e1" sectionId="s1" canEdit={canEdit} />, { mocks: [revisions, ...(mocks as never[])] });
  fireEvent.click(screen.getByText('Revision history'));
  fireEvent.click(await screen.findByRole('button', { name: /^View the revision saved 3 June 2026, 2:05pm$/ }));
}

describe('revision history', () => {
  it('lists the revisions and shows one laid out as the editor would', async () => {
    await openHistory(true);
    expect(screen.getByRole('table').textContent).toContain('Grace Mensah');
    const heading = screen.getByRole('heading', { name: 'Revision saved 3 June 2026, 2:05pm' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    // The preview loads on first use (React.lazy).
    expect(await screen.findByRole('heading', { name: 'Why we started' }, { timeout: 5000 })).toBeTruthy(); // a busy machine takes a while over the import
    expect(screen.getByTestId('revision-text').querySelector('strong')?.textContent).toBe('recognised late');
  });

  it('asks before restoring, then restores and says so', async () => {
    const restored = { ...restoreInput, result: { data: { restoreSectionRevision: { __typename: 'SectionPayload', section: { __typename: 'Section', id: 's1', version: 13 } } } } };
    await openHistory(true, restored);
    fireEvent.click(screen.getByRole('button', { name: 'Restore this revision' }));
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Restore this revision?'));
    fireEvent.click(screen.getByRole('button', { name: 'No, keep the current text' }));
    fireEvent.click(screen.getByRole('button', { name: 'Restore this revision' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, restore this revision' }));
    await waitFor(() => expect(screen.getByTestId('revision-history').textContent).toContain('The revision saved 3 June 2026, 2:05pm has been restored.'));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('The revision saved 3 June 2026, 2:05pm has been restored.'));
  });

  it('says what went wrong when a restore is refused', async () => {
    const refused = { ...restoreInput, result: apiError('CONFLICT', 'This entry has been submitted, so its text is frozen. The lead can reopen it.') };
    await openHistory(true, refused);
    fireEvent.click(screen.getByRole('button', { name: 'Restore this revision' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, restore this revision' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Error: This entry has been submitted, so its text is frozen. The lead can reopen it.');
  });

  it('lets roles that cannot edit read revisions but not restore them', async () => {
    await openHistory(false);
    expect(screen.queryByRole('button', { name: 'Restore this revision' })).toBeNull();
  });

  it('compares any two versions chosen in two selects (or a revision and the current text), and refuses the same one twice', async () => {
    const between = diffMock('r1', 'r2', [
      ['EQUAL', 'Sepsis was '],
      ['DELETE', 'recognised late'],
      ['INSERT', 'caught early'],
    ]);
    render(<RevisionHistory entryId="e1" sectionId="s1" canEdit={true} />, { mocks: [revisionsOf([named, revision]), between] });
    fireEvent.click(screen.getByText('Revision history'));
    // The named revision is listed with its name.
    expect((await screen.findAllByTestId('revision-row'))[0].textContent).toContain('Named “Sent to the patient panel”');
    const from = screen.getByLabelText('From') as HTMLSelectElement;
    const to = screen.getByLabelText('To') as HTMLSelectElement;
    expect([...to.options].map((o) => o.textContent)).toEqual([
      'The current text',
      '“Sent to the patient panel”, saved 4 June 2026, 9:00am, by Grace Mensah',
      'Saved 3 June 2026, 2:05pm, by Grace Mensah',
    ]);
    expect([from.value, to.value]).toEqual(['r2', '']); // the newest revision against the current text

    fireEvent.change(to, { target: { value: 'r2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByText('Choose two different versions to compare.')).toBeTruthy();
    expect(to.getAttribute('aria-describedby')).toBe('compare-s1-to-error');

    fireEvent.change(from, { target: { value: 'r1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    const heading = screen.getByRole('heading', { name: 'Changes from the revision saved 3 June 2026, 2:05pm to “Sent to the patient panel” (saved 4 June 2026, 9:00am)' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const region = await screen.findByRole('region', { name: 'Compared text' });
    expect(region.querySelector('del')?.textContent).toBe(' [deleted by Grace Mensah: recognised late] ');
    expect(region.querySelector('ins')?.textContent).toBe(' [inserted by Grace Mensah: caught early] ');
    fireEvent.click(screen.getByRole('button', { name: 'Close the comparison' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Compare' }));
  });

  it('tells apart, to the second and by version, revisions saved in the same minute', async () => {
    const sameMinute = { ...revision, id: 'r3', createdAt: '2026-06-03T13:05:41.000Z', version: 13 };
    render(<RevisionHistory entryId="e1" sectionId="s1" canEdit={true} />, { mocks: [revisionsOf([sameMinute, revision, named])] });
    fireEvent.click(screen.getByText('Revision history'));
    await screen.findAllByTestId('revision-row');
    expect([...(screen.getByLabelText('To') as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      'The current text',
      'Saved 3 June 2026, 2:05:41pm (version 13), by Grace Mensah',
      'Saved 3 June 2026, 2:05:00pm (version 12), by Grace Mensah',
      // Alone in its minute: no seconds.
      '“Sent to the patient panel”, saved 4 June 2026, 9:00am, by Grace Mensah',
    ]);
  });

  it('names a revision from its row: the view opens at the name field, and the list shows the name once saved', async () => {
    const naming = {
      request: { query: NameSectionRevisionMutation, variables: { input: { revisionId: 'r1', name: 'Sent to the patient panel' } } },
      result: { data: { nameSectionRevision: { __typename: 'NameSectionRevisionPayload', revision: { __typename: 'SectionRevision', id: 'r1', name: 'Sent to the patient panel' } } } },
    };
    const renamed = revisionsOf([{ ...revision, name: 'Sent to the patient panel' }]);
    render(<RevisionHistory entryId="e1" sectionId="s1" canEdit={true} />, { mocks: [{ ...revisions, maxUsageCount: 1 }, naming, renamed] });
    fireEvent.click(screen.getByText('Revision history'));
    fireEvent.click(await screen.findByRole('button', { name: 'Name the revision saved 3 June 2026, 2:05pm' }));
    const field = screen.getByLabelText('Name this revision (optional)');
    await waitFor(() => expect(document.activeElement).toBe(field));
    fireEvent.change(field, { target: { value: 'Sent to the patient panel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the name' }));
    await waitFor(() => expect(screen.getAllByTestId('revision-row')[0].textContent).toContain('Named “Sent to the patient panel”'));
    expect(screen.getByRole('button', { name: 'Rename the revision saved 3 June 2026, 2:05pm' })).toBeTruthy();
  });

  it('offers no naming to roles that cannot edit', async () => {
    await openHistory(false);
    expect(screen.queryByRole('button', { name: /^Name the revision/ })).toBeNull();
  });
});
