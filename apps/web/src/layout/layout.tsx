import { useLayoutEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Announcer } from './announcer';
import { Header } from './header';
import { FocusRequest } from './page-heading';

/**
 * Moves keyboard focus to the main content, without a #fragment in the address. A page whose main
 * content sits under its own header and navigation (an entry's section) marks it `data-skip-target`:
 * the skip link goes past that chrome to it, so that the section's text is a few Tabs away.
 */
function skipToMain(event: React.MouseEvent) {
  event.preventDefault();
  const target = document.querySelector<HTMLElement>('[data-skip-target]');
  const heading = target?.querySelector<HTMLElement>('h1, h2');
  (heading?.tabIndex === -1 ? heading : document.getElementById('maincontent'))?.focus();
}

export function Layout() {
  const { pathname } = useLocation();
  const focusRequest = useRef({ pending: false }).current;
  const firstPath = useRef(pathname);

  // A layout effect runs before the new page's effects, so its heading sees the request.
  useLayoutEffect(() => {
    if (pathname !== firstPath.current) focusRequest.pending = true;
    firstPath.current = '';
  }, [pathname, focusRequest]);

  return (
    <FocusRequest.Provider value={focusRequest}>
      <Announcer>
        <a className="nhsuk-skip-link" href="#maincontent" onClick={skipToMain}>
          Skip to main content
        </a>
        <Header />
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
            <Outlet />
          </main>
        </div>
        <footer className="nhsuk-footer" role="contentinfo">
          <div className="nhsuk-width-container">
            <div className="nhsuk-footer__meta">
              <p className="nhsuk-body-s">Quorum: one award entry, written together by the whole team.</p>
            </div>
          </div>
        </footer>
      </Announcer>
    </FocusRequest.Provider>
  );
}
