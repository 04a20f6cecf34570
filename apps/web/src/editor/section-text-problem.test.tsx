import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { LiveSection } from '../live/live-section';
import { SectionTextBoundary, SectionTextProblem, useContentProblem } from './section-text-problem';

function Thrower(): never {
  throw new TypeError('e.toArray is not a function');
}

const action = <button type="button">Restore an earlier revision</button>;

describe('a section text that cannot be shown', () => {
  it('a failure to render it shows that section’s problem and the way to restore, not a blank page', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <main>
        <h1>The entry</h1>
        <SectionTextBoundary fallback={() => <SectionTextProblem canEdit action={action} />}>
          <Thrower />
        </SectionTextBoundary>
        <p>The rest of the entry</p>
      </main>,
    );
    quiet.mockRestore();
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('h3')?.textContent).toBe('This section’s text could not be shown');
    expect(alert.textContent).toContain('Restoring an earlier revision');
    expect(screen.getByRole('button', { name: 'Restore an earlier revision' })).toBeTruthy();
    expect(screen.getByText('The rest of the entry')).toBeTruthy();
  });

  it('useContentProblem names content stored before the check, and clears when someone repairs it', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('content');
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('fine')]);
    fragment.insert(0, [paragraph]);
    (fragment as unknown as Y.Array<unknown>).insert(1, ['a plain string']);
    const live = { doc } as LiveSection;
    function Probe() {
      return <p data-testid="problem">{useContentProblem(live, true) ?? 'none'}</p>;
    }
    render(<Probe />);
    expect(screen.getByTestId('problem').textContent).toMatch(/plain string value cannot stand/);
    act(() => fragment.delete(1, 1)); // as a restored revision does
    expect(screen.getByTestId('problem').textContent).toBe('none');
  });
});
