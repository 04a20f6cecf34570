import { act } from 'react';
import { Link, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createConnectionStore } from '../connection/connection-status';
import { meMock } from '../test/fixtures';
import { click, getByRole, getText, render, waitFor } from '../test/render';
import { Layout } from './layout';
import { PageHeading } from './page-heading';

function Pages() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<><PageHeading title="First">First</PageHeading><Link to="/second">Second page</Link></>} />
        <Route path="second" element={<PageHeading title="Second">Second</PageHeading>} />
      </Route>
    </Routes>
  );
}

describe('layout', () => {
  it('leaves focus alone on first load, then moves it to the new page’s heading and title on a route change', async () => {
    await render(<Pages />, { mocks: [meMock(null)] });
    expect(document.activeElement).toBe(document.body);
    expect(document.title).toBe('First – Quorum');
    await click(getByRole('link', 'Second page'));
    await waitFor(() => expect(document.activeElement).toBe(getByRole('heading', 'Second')));
    expect(document.title).toBe('Second – Quorum');
  });

  it('has a skip link to the main content', async () => {
    await render(<Pages />, { mocks: [meMock(null)] });
    await click(getByRole('link', 'Skip to main content'));
    expect(document.activeElement?.id).toBe('maincontent');
  });

  it('shows the connection state in the header and announces changes after the first connection', async () => {
    const connection = createConnectionStore();
    await render(<Pages />, { mocks: [meMock(null)], connection });
    expect(getText('[data-testid="connection-status"]')).toBe('Connection: Connecting');
    await act(async () => connection.report('connected'));
    expect(getText('[data-testid="connection-status"]')).toBe('Connection: Connected');
    await act(async () => connection.report('closed'));
    expect(getText('[data-testid="connection-status"]')).toBe('Connection: Reconnecting');
    await waitFor(() => expect(getText('[data-testid="announcer"]')).toBe('Connection lost. Trying to reconnect.'));
    await act(async () => connection.report('offline'));
    expect(getText('[data-testid="connection-status"]')).toBe('Connection: Offline');
  });
});
