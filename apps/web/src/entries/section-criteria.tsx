import type * as Y from 'yjs';
import type { CommentPassages } from '../comments/comment-passages';
import { CriteriaLinks } from '../criteria/criteria-links';

interface CriteriaSection {
  criteria: { id: string; text: string }[];
}

/** Where the criteria can be linked to the section's text: its entry, section, editor link and live document. */
export interface CriteriaLinking {
  entryId: string;
  sectionId: string;
  passages: CommentPassages;
  doc?: Pick<Y.Doc, 'on' | 'off'> | null;
}

/** The judging criteria the section must answer, as a checklist to hold the text against (and to link passages to, on the section's page). */
export function SectionCriteria({ section, linking }: { section: CriteriaSection; linking?: CriteriaLinking }) {
  return (
    <div className="app-criteria" data-testid="section-criteria">
      <h3 className="nhsuk-heading-s" id="criteria-heading">
        What the judges look for
      </h3>
      {linking ? (
        <CriteriaLinks {...linking} criteria={section.criteria} />
      ) : (
        <ul className="app-checklist" aria-labelledby="criteria-heading">
          {section.criteria.map((criterion) => (
            <li className="app-checklist__item" key={criterion.id}>
              {criterion.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
