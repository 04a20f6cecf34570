import { Link, useLocation } from 'react-router';
import { useCanExport } from '../export/use-export-entry';

/** The entry's own pages, as a row of tabs-like links; the current one is marked for screen readers too. */
export function EntryNav({ entryId }: { entryId: string }) {
  const { pathname } = useLocation();
  const whole = `/entries/${entryId}/whole`;
  const team = `/entries/${entryId}/team`;
  const evidence = `/entries/${entryId}/evidence`;
  const activity = `/entries/${entryId}/activity`;
  const exports = `/entries/${entryId}/export`;
  const canExport = useCanExport(entryId);
  const links = [
    { to: `/entries/${entryId}`, label: 'Sections', current: ![whole, team, activity, exports].includes(pathname) && !pathname.startsWith(evidence) },
    // Every section in order on one page, each editable, as the judges will read the entry.
    { to: whole, label: 'Whole entry', current: pathname === whole },
    { to: evidence, label: 'Evidence', current: pathname.startsWith(evidence) },
    { to: team, label: 'Team', current: pathname === team },
    { to: activity, label: 'Activity', current: pathname === activity },
    ...(canExport ? [{ to: exports, label: 'Export', current: pathname === exports }] : []),
  ];
  return (
    <nav className="app-entry-nav" aria-label="Entry">
      <ul className="app-entry-nav__list">
        {links.map((link) => (
          <li className={`app-entry-nav__item${link.current ? ' app-entry-nav__item--current' : ''}`} key={link.to}>
            <Link className="app-entry-nav__link" to={link.to} aria-current={link.current ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
