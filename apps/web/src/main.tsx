import './nhsuk.scss';
import './styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiContext, apiContextFor } from './apollo/api-context';
import { createApi } from './apollo/create-client';
import { App } from './app';
import { createConnectionStore } from './connection/connection-status';

const connection = createConnectionStore(navigator.onLine);
const { client, socket } = createApi(connection);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <ApiContext.Provider value={apiContextFor(connection, socket)}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </ApiContext.Provider>
    </ApolloProvider>
  </StrictMode>,
);
