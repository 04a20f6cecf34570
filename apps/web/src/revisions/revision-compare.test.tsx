import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { render } from '../test/render';
import { diffMock, type DiffPart } from './fixtures';
import { CURRENT_TEXT, RevisionCompare } from './revision-compare';

const r1 = { id: 'r1', label: 'the revision saved 3 June 2026, 2:05pm' };

const PARTS: DiffPart[] = [
  ['EQUAL', 'Screening of Black '],
  ['INSERT', 'and Asian '],
  ['EQUAL', 'patients '],
  ['DELETE', 'lagged.'],
];
const diff = diffMock('r1', null, PARTS);

describe('comparing a revision with the current text', () => {
  it('marks insertions and deletions as ins and del, says so to screen readers with who edited, and can be reached and closed by keyboard', async () => {
    let closed = false;
    render(<RevisionCompare sectionId="s1" from={r1} to={CURRENT_TEXT} onClose={() => (closed = true)} />, { mocks: [diff] });
    const heading = screen.getByRole('heading', { name: 'Changes from the revision saved 3 June 2026, 2:05pm to the current text' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const region = await screen.findByRole('region', { name: 'Compared text' });
    expect(region.tabIndex).toBe(0);
    expect(region.querySelector('ins')?.textContent).toBe(' [inserted by Grace Mensah: and Asian ] ');
    expect(region.querySelector('del')?.textContent).toBe(' [deleted by Grace Mensah: lagged.] ');
    expect(region.querySelector('ins .nhsuk-u-visually-hidden')).toBeTruthy();
    expect(screen.getByText('2 changes. Inserted text is underlined, deleted text struck through.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close the comparison' }));
    expect(closed).toBe(true);
  });
  it('with no changes says so and does not repeat the text (the revision is shown beside it)', async () => {
    const same = diffMock('r1', null, [['EQUAL', '# Why we started']]);
    render(<RevisionCompare sectionId="s1" from={r1} to={CURRENT_TEXT} onClose={() => {}} />, { mocks: [same] });
    expect(await screen.findByText('No changes: the current text is the same.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Compared text' })).toBeNull();
    expect(screen.queryByText('# Why we started')).toBeNull();
  });

  it('compares two revisions, naming each (a named one by its name) and who edited between them', async () => {
    const two = diffMock('r1', 'r2', PARTS);
    const r2 = { id: 'r2', label: '“Sent to the patient panel” (saved 4 June 2026, 9:00am)' };
    render(<RevisionCompare sectionId="s1" from={r1} to={r2} onClose={() => {}} />, { mocks: [two] });
    expect(screen.getByRole('heading', { name: 'Changes from the revision saved 3 June 2026, 2:05pm to “Sent to the patient panel” (saved 4 June 2026, 9:00am)' })).toBeTruthy();
    const region = await screen.findByRole('region', { name: 'Compared text' });
    expect(region.querySelector('ins')?.getAttribute('title')).toBe('Inserted; edited by Grace Mensah');
    expect(region.querySelector('del')?.getAttribute('title')).toBe('Deleted; edited by Grace Mensah');
  });
});
