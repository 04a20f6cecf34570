import { act } from 'react';
import { Link, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createConnectionStore } from '../connection/connection-status';
import { unsentEdits } from '../live/unsent-edits';
import { meMock } from '../test/fixtures';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { render } from '../test/render';
import { Layout } from './layout';
import { PageHeading } from './page-heading';

function Pages() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route
          index
          element={
            <>
              <PageHeading title="First">First</PageHeading>
              <Link to="/second">Second page</Link>
            </>
          }
        />
        <Route path="second" element={<PageHeading title="Second">Second</PageHeading>} />
      </Route>
    </Routes>
  );
}

describe('layout', () => {
  it('leaves focus alone on first load, then moves it to the new page’s heading and title on a route change', async () => {
    render(<Pages />, { mocks: [meMock(null)] });
    expect(document.activeElement).toBe(document.body);
    expect(document.title).toBe('First – Quorum');
    fireEvent.click(screen.getByRole('link', { name: 'Second page' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Second' })));
    expect(document.title).toBe('Second – Quorum');
  });

  it('has a skip link to the main content', async () => {
    render(<Pages />, { mocks: [meMock(null)] });
    fireEvent.click(screen.getByRole('link', { name: 'Skip to main content' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('maincontent'));
  });

  it('shows the connection state in the header and announces changes after the first connection', async () => {
    const connection = createConnectionStore();
    render(<Pages />, { mocks: [meMock(null)], connection });
    expect(screen.getByTestId('connection-status').textContent).toBe('Connection: Connecting');
    await act(async () => connection.report('connected'));
    expect(screen.getByTestId('connection-status').textContent).toBe('Connection: Connected');
    await act(async () => connection.report('closed'));
    expect(screen.getByTestId('connection-status').textContent).toBe('Connection: Reconnecting');
    // The layout has its own live region, inside the one the test wrapper provides.
    await waitFor(() => expect(screen.getAllByTestId('announcer')[0].textContent).toBe('Connection lost. Trying to reconnect.'));
    await act(async () => connection.report('offline'));
    expect(screen.getByTestId('connection-status').textContent).toBe('Connection: Offline');
  });

  it('shows how many edits wait to be sent while not connected', async () => {
    const connection = createConnectionStore();
    render(<Pages />, { mocks: [meMock(null)], connection });
    await act(async () => {
      connection.report('offline');
      unsentEdits.set(3);
    });
    expect(screen.getByTestId('connection-status').textContent).toBe('Connection: Offline, 3 unsent edits');
    await act(async () => connection.report('online'));
    await act(async () => connection.report('connected'));
    // Connected, edits in flight are the editor's "Saving…", not the header's.
    expect(screen.getByTestId('connection-status').textContent).toBe('Connection: Connected');
    act(() => unsentEdits.set(0));
  });
});
