import { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { render as renderInDom } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ApiContext, apiContextFor } from '../apollo/api-context';
import { clientOptions } from '../apollo/create-client';
import { createConnectionStore, type ConnectionStore } from '../connection/connection-status';
import { Announcer } from '../layout/announcer';
import type { LiveTransport } from '../live/transport';

export interface RenderOptions {
  mocks?: MockLink.MockedResponse[];
  /** The address to start at, and the route pattern the element is mounted on. */
  at?: string;
  path?: string;
  connection?: ConnectionStore;
  /** The live-editing transport (see fake-live.ts); none by default. */
  live?: LiveTransport | null;
}

/** Testing Library's render, inside what the app provides: Apollo (mocked), the API context, a router and the live region. */
export function render(ui: ReactNode, { mocks = [], at = '/', path = '*', connection = createConnectionStore(), live = null }: RenderOptions = {}) {
  // MockedProvider's client, with the app's cache and data masking (MockedProvider cannot mask), so tests see what components see.
  const client = new ApolloClient({ link: new MockLink(mocks), ...clientOptions() });
  return renderInDom(
    <ApolloProvider client={client}>
      <ApiContext.Provider value={apiContextFor(connection, undefined, live)}>
        <MemoryRouter initialEntries={[at]}>
          <Announcer>
            <Routes>
              <Route path={path} element={ui} />
              <Route path="*" element={<p>Elsewhere</p>} />
            </Routes>
          </Announcer>
        </MemoryRouter>
      </ApiContext.Provider>
    </ApolloProvider>,
  );
}
