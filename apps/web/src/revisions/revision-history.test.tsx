import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError } from '../test/fixtures';
import { render } from '../test/render';
import { RestoreSectionRevisionMutation, SectionRevisionsQuery } from './operations';
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
const revisions = {
  request: { query: SectionRevisionsQuery, variables: { entryId: 'e1' } },
  result: {
    data: { entry: { __typename: 'Entry', id: 'e1', sections: [{ __typename: 'Section', id: 's1', revisions: { __typename: 'SectionRevisionConnection', totalCount: 1, nodes: [revision] } }] } },
  },
  maxUsageCount: Infinity,
};
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
    expect(await screen.findByRole('heading', { name: 'Why we started' })).toBeTruthy();
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
});
