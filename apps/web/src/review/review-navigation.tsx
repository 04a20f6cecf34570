import { Link } from 'react-router';
import { reviewPath } from './review-landing';

export interface ReviewSection {
  id: string;
  position: number;
  title: string;
  wordLimit: number;
}

/** The sections as the NHS contents list: the one being read is marked, not linked. */
export function Contents({ entryId, sections, currentId }: { entryId: string; sections: ReviewSection[]; currentId: string }) {
  return (
    <nav className="nhsuk-contents-list app-review__contents" aria-label="Sections">
      <h2 className="nhsuk-u-visually-hidden">Sections</h2>
      <ol className="nhsuk-contents-list__list">
        {sections.map((s) => (
          <li className="nhsuk-contents-list__item" key={s.id} aria-current={s.id === currentId ? 'page' : undefined}>
            {s.id === currentId ? (
              <span className="nhsuk-contents-list__current">{s.title}</span>
            ) : (
              <Link className="nhsuk-contents-list__link" to={reviewPath(entryId, s.id)}>
                {s.title}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

const Arrow = ({ way }: { way: 'left' | 'right' }) => (
  <svg className={`nhsuk-icon nhsuk-icon--arrow-${way}`} xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" focusable="false" aria-hidden="true">
    <path
      d={
        way === 'left'
          ? 'M10.7 6.3c.4.4.4 1 0 1.4L7.4 11H19a1 1 0 0 1 0 2H7.4l3.3 3.3c.4.4.4 1 0 1.4a1 1 0 0 1-1.4 0l-5-5A1 1 0 0 1 4 12c0-.3.1-.5.3-.7l5-5a1 1 0 0 1 1.4 0Z'
          : 'm14.7 6.3 5 5c.2.2.3.4.3.7 0 .3-.1.5-.3.7l-5 5a1 1 0 0 1-1.4-1.4l3.3-3.3H5a1 1 0 0 1 0-2h11.6l-3.3-3.3a1 1 0 1 1 1.4-1.4Z'
      }
    />
  </svg>
);

/** One side of the pagination: "Previous" going left, or "Next" going right. */
function PageLink({ entryId, section, way }: { entryId: string; section: ReviewSection; way: 'previous' | 'next' }) {
  const previous = way === 'previous';
  return (
    <li className={`nhsuk-pagination-item--${way}`}>
      <Link className={`nhsuk-pagination__link nhsuk-pagination__link--${previous ? 'prev' : 'next'}`} to={reviewPath(entryId, section.id)} rel={previous ? 'prev' : 'next'}>
        <span className="nhsuk-pagination__title">
          {previous ? 'Previous' : 'Next'}
          <span className="nhsuk-u-visually-hidden"> section</span>
        </span>
        <span className="nhsuk-u-visually-hidden">: </span>
        <span className="nhsuk-pagination__page">{section.title}</span>
        <Arrow way={previous ? 'left' : 'right'} />
      </Link>
    </li>
  );
}

/** Previous and next section, as NHS pagination. */
export function Pagination({ entryId, previous, next }: { entryId: string; previous?: ReviewSection; next?: ReviewSection }) {
  if (!previous && !next) return null;
  return (
    <nav className="nhsuk-pagination" aria-label="Previous and next section">
      <ul className="nhsuk-list nhsuk-pagination__list">
        {previous && <PageLink entryId={entryId} section={previous} way="previous" />}
        {next && <PageLink entryId={entryId} section={next} way="next" />}
      </ul>
    </nav>
  );
}
