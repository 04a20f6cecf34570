import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LEAD, meMock } from '../test/fixtures';
import { render } from '../test/render';
import { DashboardPage } from './dashboard-page';
import { MyEntriesQuery } from './operations';

function section(id: string, title: string, wordCount: number, wordLimit: number, slots: boolean[], openThreads: number) {
  return {
    __typename: 'Section',
    id,
    title,
    wordLimit,
    wordCount,
    signOffStatus: { __typename: 'SectionSignOffStatus', slots: slots.map((held, i) => ({ __typename: 'SignOffSlotStatus', key: `slot-${i}`, held })) },
    comments: { __typename: 'CommentConnection', totalCount: openThreads },
  };
}

const entries = {
  __typename: 'EntryConnection',
  totalCount: 1,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
  nodes: [
    {
      __typename: 'Entry',
      id: 'e1',
      title: 'Closing the gap',
      state: 'IN_REVIEW',
      viewerRole: 'LEAD',
      closesAt: new Date(Date.now() + 13.5 * 86_400_000).toISOString(),
      sections: [
        section('s-1', 'The need and the initiative', 412, 500, [true, true], 0),
        section('s-2', 'Impact on patient safety', 530, 500, [false, true], 2),
        section('s-3', 'Spreading the success', 0, 400, [false], 1),
      ],
    },
  ],
};

describe('dashboard', () => {
  it('shows each entry’s state, words against each section’s limit, sign-offs held and open comments', async () => {
    render(<DashboardPage />, { mocks: [meMock(LEAD), { request: { query: MyEntriesQuery, variables: { first: 25 } }, result: { data: { entries } } }] });
    const row = (await screen.findByRole('link', { name: 'Closing the gap' })).closest('tr')!;
    const headers = [...document.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['Entry', 'State', 'Words', 'Sign-offs held', 'Open comments', 'Your role']);
    // Each value is headed on small screens (hidden from screen readers, which have the column headers).
    const cells = [...row.querySelectorAll('td')];
    expect(cells.map((td) => td.querySelector('.nhsuk-table-responsive__heading')!.getAttribute('aria-hidden'))).toEqual(['true', 'true', 'true', 'true', 'true']);
    const value = (td: Element) => td.querySelector('summary')?.textContent ?? td.textContent!.replace(td.querySelector('.nhsuk-table-responsive__heading')!.textContent!, '');
    expect(cells.map(value)).toEqual(['In review', '2 of 3 sections within limit in Closing the gap', '3 of 5', '3', 'Lead']);
    expect(row.querySelector('th')!.getAttribute('scope')).toBe('row');
    // When it closes, with the time left.
    expect(row.querySelector('th')!.textContent).toMatch(/Closes \d+ \w+ \d{4} \(13 days left\)$/);

    // Each section's words, with the one over its limit marked in words.
    const details = within(row)
      .getByText(/2 of 3 sections within limit/)
      .closest('details')!;
    fireEvent.click(details.querySelector('summary')!);
    expect([...details.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'The need and the initiative: 412 of 500 words',
      'Impact on patient safety: 530 of 500 words (over by 30)',
      'Spreading the success: 0 of 400 words',
    ]);
  });
});
