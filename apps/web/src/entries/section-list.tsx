import { Link } from 'react-router';
import { SectionCountsList } from '../waiting/section-counts';
import { WaitingForMe } from '../waiting/waiting-for-me';
import { useSectionProgress } from '../waiting/use-section-progress';

interface SectionLink {
  id: string;
  title: string;
  wordLimit: number;
}

/**
 * The entry's side list: what waits for me in the entry, then its sections, each with its words
 * against the limit, sign-offs held and open comments (until those load: the limit).
 */
export function SectionList({ entryId, sections, currentId }: { entryId: string; sections: SectionLink[]; currentId: string }) {
  const progress = useSectionProgress(entryId);
  return (
    <>
      <WaitingForMe entryId={entryId} />
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
                {progress.get(section.id) ? <SectionCountsList counts={progress.get(section.id)!} /> : <span className="app-section-list__limit">up to {section.wordLimit} words</span>}
              </li>
            );
          })}
        </ol>
      </nav>
    </>
  );
}
