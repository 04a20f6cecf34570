import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SectionGuide } from './section-guide';

const SECTION = {
  guidance: 'Set out the inequality you found and the evidence for it.',
  criteria: [
    { id: 'c1', text: 'Identify the need for improvement in care' },
    { id: 'c2', text: 'Describe the project or initiative' },
  ],
};

const details = () => screen.getByText('Guidance and what the judges look for').closest('details')!;

/** Opens or folds it as the browser does: the attribute, then the toggle event. */
function toggle(open: boolean) {
  details().open = open;
  fireEvent(details(), new Event('toggle'));
}

describe('SectionGuide', () => {
  beforeEach(() => localStorage.clear());

  it('is folded at first, holding the guidance and every criterion', () => {
    render(<SectionGuide section={SECTION} />);
    expect(details().open).toBe(false);
    expect(screen.getByTestId('section-guidance').textContent).toBe('Guidance: Set out the inequality you found and the evidence for it.');
    expect(screen.getAllByRole('listitem', { hidden: true }).map((item) => item.textContent)).toEqual(['Identify the need for improvement in care', 'Describe the project or initiative']);
  });

  it('remembers being opened, and then folded, for the next section shown in this browser', () => {
    const first = render(<SectionGuide section={SECTION} />);
    toggle(true);
    expect(localStorage.getItem('quorum:section-guide-open')).toBe('true');
    first.unmount();

    const next = render(<SectionGuide section={SECTION} />);
    expect(details().open).toBe(true);
    toggle(false);
    next.unmount();

    render(<SectionGuide section={SECTION} />);
    expect(details().open).toBe(false);
  });
});
