import { Link } from 'react-router';

interface SectionLink {
  id: string;
  title: string;
  wordLimit: number;
}

export function SectionList({ entryId, sections, currentId }: { entryId: string; sections: SectionLink[]; currentId: string }) {
  return (
    <nav className="app-section-list" aria-labelledby="section-list-heading">
      <h2 className="nhsuk-heading-s" id="section-list-heading">
        Sections
      </h2>
      <ol className="app-section-list__items">
        {sections.map((section) => {
          const current = section.id === currentId;
          return (
            <li className={`app-section-list__item${current ? ' app-section-list__item--current' : ''}`} key={section.id}>
              <Link className="nhsuk-link" to={`/entries/${entryId}/sections/${section.id}`} aria-current={current ? 'page' : undefined}>
                {section.title}
              </Link>
              <span className="app-section-list__limit">up to {section.wordLimit} words</span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
