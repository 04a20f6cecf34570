import { render, screen, waitFor } from '@testing-library/react';
import { act, useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { Announcer, useAnnounce } from './announcer';

/** Says each of `messages` at once, one after another, as two parts of a page answering one event do. */
function SaysAtOnce({ messages }: { messages: string[] }) {
  const announce = useAnnounce();
  useEffect(() => messages.forEach(announce), [announce, messages]);
  return null;
}

describe('announcer', () => {
  it('says two messages that come within the same moment together, the first not dropped, and each once', async () => {
    const messages = ['Accepted the suggestion.', 'Sign-offs no longer count.', 'Accepted the suggestion.'];
    render(
      <Announcer>
        <SaysAtOnce messages={messages} />
      </Announcer>,
    );
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Accepted the suggestion. Sign-offs no longer count.'));
  });

  it('says the same message again when it comes again later', async () => {
    let say: (text: string) => void = () => {};
    function Grab() {
      say = useAnnounce();
      return null;
    }
    render(
      <Announcer>
        <Grab />
      </Announcer>,
    );
    act(() => say('Saved.'));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Saved.'));
    act(() => say('Saved.'));
    // Cleared first, so that a screen reader hears it again, and then only the one message.
    expect(screen.getByTestId('announcer').textContent).toBe('');
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Saved.'));
  });
});
