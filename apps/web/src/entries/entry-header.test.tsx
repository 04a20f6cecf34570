import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exportEntryMock } from '../export/fixtures';
import { useExportEntry } from '../export/use-export-entry';
import { LEAD, meMock } from '../test/fixtures';
import { render } from '../test/render';
import { EntryHeader } from './entry-header';

let pageSaw: string[] = [];

/** A page as they all are: its query spreads ...EntryHeader, and it hands the entry to the header. */
function Page() {
  const { entry } = useExportEntry('e1');
  if (!entry) return null;
  pageSaw = Object.keys(entry);
  return <EntryHeader entry={entry} page="Export" captionPrefix="Review – " />;
}

describe('the entry header', () => {
  it('reads its own fields from its fragment; the page that spreads it sees only what the page selects', async () => {
    render(<Page />, { mocks: [meMock(LEAD), exportEntryMock(true, 'NURSE')] });
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toContain('Closing the gap');
    expect(heading.textContent).toContain('Review – Improving health outcomes for minority ethnic communities');
    expect(document.body.textContent).toContain('Your role: Nurse');
    expect(document.body.textContent).toContain('In review');
    // Masked: the header's fields are not in the page's data, only what ExportEntry selects itself.
    expect(pageSaw.sort()).toEqual(['__typename', 'abilities', 'id']);
  });
});
